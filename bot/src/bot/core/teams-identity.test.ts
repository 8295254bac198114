import { describe, expect, it } from 'vitest';
import { conversationIdOf, conversationKindOf, teamsIdentityOf } from './teams-identity.js';

describe('teams identity', () => {
  it('reads the user, tenant and conversation kind', () => {
    const activity = {
      from: { id: '29:abc', aadObjectId: 'aad-1', name: 'Anna' },
      conversation: {
        id: '19:x%40thread.tacv2',
        conversationType: 'channel',
        tenantId: 't-1',
        isGroup: true,
        name: '',
      },
    };
    expect(teamsIdentityOf(activity)).toEqual({
      channelUserId: '29:abc',
      aadObjectId: 'aad-1',
      tenantId: 't-1',
      name: 'Anna',
    });
    expect(conversationKindOf(activity)).toBe('channel');
    expect(conversationIdOf(activity)).toBe('19:x@thread.tacv2');
  });

  it('falls back to channelData for the tenant and to personal for the kind', () => {
    const activity = {
      from: { id: 'u', name: '' },
      conversation: { id: 'a:1', name: '', isGroup: false, conversationType: '' },
      channelData: { tenant: { id: 't-2' } },
    };
    expect(teamsIdentityOf(activity).tenantId).toBe('t-2');
    expect(conversationKindOf(activity)).toBe('personal');
  });
});
