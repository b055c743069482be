// The demo accounts the README and the login page (in demo mode only) name.
import { ROLE_LABEL } from '../../labels';
export const DEMO_PASSWORD = 'demo12345';

export const DEMO_ACCOUNTS = [
	{
		username: 'admin',
		displayName: '市政务公开办 管理员',
		role: 'admin',
		unitShortName: null,
		label: ROLE_LABEL.admin
	},
	{
		username: 'leader',
		displayName: '市政府办公室 分管领导',
		role: 'leader',
		unitShortName: null,
		label: ROLE_LABEL.leader
	},
	{
		username: 'sifaju',
		displayName: '市司法局 填报人',
		role: 'unit',
		unitShortName: '市司法局',
		label: '市司法局填报人'
	},
	{
		username: 'zhengding',
		displayName: '正定县政府 填报人',
		role: 'unit',
		unitShortName: '正定县政府',
		label: '正定县政府填报人'
	}
] as const;
