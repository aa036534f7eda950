# The user guide's "Cmdlet discovery and aliases" examples. AWS.Tools splits the cmdlets into one module per
# service, so Get-Command names AWS.Tools.EC2 / AWS.Tools.Common where the guide names AWSPowerShell.NetCore.
# Select-String (the guide's filter for region cmdlets) is replaced by Where-Object -like; see
# known-gaps.test.ts. Each result is shown with Format-Table so that each keeps its own columns.

'== api operation =='
Get-AWSCmdletName -ApiOperation DescribeInstances | Format-Table CmdletName, ServiceOperation, CmdletNounPrefix
'== positional =='
Get-AWSCmdletName DescribeInstances | Format-Table CmdletName, ServiceOperation, CmdletNounPrefix
'== service =='
(Get-AWSCmdletName -ApiOperation DescribeInstances -Service EC2).ServiceName
(Get-AWSCmdletName -ApiOperation DescribeInstances -Service Compute).CmdletName
(Get-AWSCmdletName -ApiOperation DescribeInstances -Service "Compute Cloud").CmdletName
'== regex =='
Get-AWSCmdletName -ApiOperation SecurityGroup -MatchWithRegex -Service EC2 | Select-Object -ExpandProperty CmdletName
'== cli command =='
Get-AWSCmdletName -AwsCliCommand "aws ec2 authorize-security-group-ingress" | Format-Table CmdletName, ServiceOperation, CmdletNounPrefix
'== get-command =='
(Get-Command -Module AWS.Tools.EC2).Count -gt 700
Get-Command -Module AWS.Tools.EC2 | Sort-Object Noun,Verb | Select-Object -First 2 -ExpandProperty Name
Get-Command -Module AWS.Tools.EC2 -Noun EC2KeyPair
'== region cmdlets =='
Get-Command -Module AWS.Tools.Common | Where-Object Name -like '*region*' | Select-Object -ExpandProperty Name
'== aliases =='
Set-Alias -Name Get-S3Content -Value Read-S3Object
(Get-Alias Get-S3Content).Definition
