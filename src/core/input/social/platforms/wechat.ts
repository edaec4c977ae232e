/** @module WeChat: IDs only, since WeChat has no public profile links. */
import { nameRule, toContact } from '../name-rule.ts';
import { invalid, type SocialRule, withoutAt } from '../rule.ts';

const WECHAT_ID = nameRule(
  'A WeChat ID',
  'A-Za-z0-9_-',
  6,
  20,
  "letters, digits, '-' and '_', starting with a letter",
  '(?=[A-Za-z])',
);

export const wechat: SocialRule = {
  platform: 'wechat',
  name: 'WeChat',
  hosts: [],
  fromUrl: () => null,
  fromPath: () => invalid('WeChat accounts have no links: write the WeChat ID itself.'),
  fromName: (token) => toContact('wechat', WECHAT_ID, withoutAt(token)),
};
