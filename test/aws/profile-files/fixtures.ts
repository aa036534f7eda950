// A messy real-world style config file: comments of both kinds, CRLF and LF mixed, odd spacing, unknown
// keys, ':' delimiters, nested (indented) values, sso-session sections, no final newline.

export const MESSY_CONFIG =
  '# top comment\r\n' +
  '; another comment\r\n' +
  '\r\n' +
  '[default]\r\n' +
  'region=us-east-1\r\n' +
  '  output   =    json   \r\n' +
  'cli_pager =\r\n' +
  '\r\n' +
  '# dev account\r\n' +
  '[profile dev]\n' +
  'Region : eu-west-1\n' +
  'sso_session = corp\n' +
  'sso_account_id = 111122223333\n' +
  'sso_role_name = ReadOnly\n' +
  's3 =\n' +
  '    max_concurrent_requests = 20\n' +
  '\n' +
  '    addressing_style = path\n' +
  'x_unknown_key = keep me # not a comment\n' +
  '\n' +
  '[sso-session corp]\n' +
  'sso_start_url = https://corp.awsapps.com/start\n' +
  'sso_region = us-east-1\n' +
  'sso_registration_scopes = sso:account:access\n' +
  '\n' +
  '[profile "spaced name"]\n' +
  'region = ap-south-1\n' +
  '\n' +
  '[plugins]\n' +
  'foo = bar\n' +
  '[profile last]\n' +
  'role_arn = arn:aws:iam::123456789012:role/r\n' +
  'source_profile = default';

export const MESSY_CREDENTIALS =
  '; credentials\n' +
  '[default]\n' +
  'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n' +
  'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' +
  '\n' +
  '[temp]\r\n' +
  'AWS_ACCESS_KEY_ID=ASIAEXAMPLE\r\n' +
  'aws_secret_access_key=secret2\r\n' +
  'aws_session_token=tok=with=equals\r\n' +
  '\r\n' +
  '# keep this comment\r\n' +
  '[profile odd]\r\n' +
  '\tmfa_serial\t=\tarn:aws:iam::123456789012:mfa/me\t\r\n';
