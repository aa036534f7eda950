# The user guide's Amazon EC2 walkthrough ("Amazon EC2 and the AWS Tools for PowerShell"), as a script.
# Changed from the guide only where a literal cannot exist locally: the VPC, subnet and security group ids
# come in as parameters (created by the test), Remove-EC2KeyPair runs with -WhatIf and then -Force instead
# of prompting, moto cannot filter instances on reservation-id (the filter names the instance id), and the
# Spot request uses the subnet and group the test created in us-west-2.
param([string]$VpcId, [string]$SubnetId, [string]$SpotSubnetId, [string]$SpotGroupId)

'== key pair =='
$myPSKeyPair = New-EC2KeyPair -KeyName myPSKeyPair
$myPSKeyPair | Get-Member
$myPSKeyPair | Format-List KeyName, KeyFingerprint, KeyMaterial
Get-EC2KeyPair -KeyName myPSKeyPair | format-list KeyName, KeyFingerprint
$myPSKeyPair.KeyMaterial | Out-File -Encoding ascii myPSKeyPair.pem

'== security group =='
$groupid = New-EC2SecurityGroup `
    -VpcId $VpcId `
    -GroupName "myPSSecurityGroup" `
    -GroupDescription "EC2-VPC from PowerShell"
Get-EC2SecurityGroup -GroupId $groupid
$ip1 = new-object Amazon.EC2.Model.IpPermission
$ip1.IpProtocol = "tcp"
$ip1.FromPort = 22
$ip1.ToPort = 22
$ip1.IpRanges.Add("203.0.113.25/32")
$ip2 = new-object Amazon.EC2.Model.IpPermission
$ip2.IpProtocol = "tcp"
$ip2.FromPort = 3389
$ip2.ToPort = 3389
$ip2.IpRanges.Add("203.0.113.25/32")
$granted = Grant-EC2SecurityGroupIngress -GroupId $groupid -IpPermissions @( $ip1, $ip2 )
$granted.Return
'== security group after grant =='
Get-EC2SecurityGroup -GroupIds $groupid
'== inbound rules =='
(Get-EC2SecurityGroup -GroupIds $groupid).IpPermissions

'== images =='
$platform_values = New-Object 'collections.generic.list[string]'
$platform_values.add("windows")
$filter_platform = New-Object Amazon.EC2.Model.Filter -Property @{Name = "platform"; Values = $platform_values}
$windows = Get-EC2Image -Owner amazon, self -Filter $filter_platform
$windows.Count
$windows | Where-Object ImageId -eq ami-000226b77608d973b |
    Format-List Architecture, CreationDate, Description, Hypervisor, ImageId, ImageLocation, ImageOwnerAlias, ImageType, Name, OwnerId, Platform, Public, RootDeviceName, RootDeviceType, State, VirtualizationType
'== image by name =='
$names = Get-EC2ImageByName
$names.Count
$names[0]
$names[-1]
Get-EC2ImageByName -Names WINDOWS_2016_CORE |
    Format-List Architecture, CreationDate, Description, ImageId, ImageLocation, ImageOwnerAlias, Name, OwnerId, Platform

'== launch =='
$reservationInfo = New-EC2Instance `
    -ImageId ami-c49c0dac `
    -MinCount 1 -MaxCount 1 `
    -KeyName myPSKeyPair `
    -SecurityGroupId $groupid `
    -InstanceType m1.small `
    -SubnetId $SubnetId
$reservationInfo | Format-List ReservationId, OwnerId, RequesterId, Groups
$instanceId = $reservationInfo.Instances[0].InstanceId
$reservation = New-Object 'collections.generic.list[string]'
$reservation.add($instanceId)
$filter_reservation = New-Object Amazon.EC2.Model.Filter -Property @{Name = "instance-id"; Values = $reservation}
(Get-EC2Instance -Filter $filter_reservation).Instances |
    Format-List AmiLaunchIndex, ImageId, InstanceId, InstanceType, KeyName, SecurityGroups, SubnetId, VpcId, State

'== stop =='
"$((Stop-EC2Instance -InstanceId $instanceId).CurrentState.Name)"
'== terminate =='
"$((Remove-EC2Instance -InstanceId $instanceId -Force).CurrentState.Name)"

'== spot =='
$interface1 = New-Object Amazon.EC2.Model.InstanceNetworkInterfaceSpecification
$interface1.DeviceIndex = 0
$interface1.SubnetId = $SpotSubnetId
$interface1.PrivateIpAddress = "10.0.1.5"
$interface1.Groups.Add($SpotGroupId)
$spot = Request-EC2SpotInstance `
    -SpotPrice 0.007 `
    -InstanceCount 1 `
    -Type one-time `
    -LaunchSpecification_ImageId ami-7527031c `
    -LaunchSpecification_InstanceType m1.small `
    -Region us-west-2 `
    -LaunchSpecification_NetworkInterfaces $interface1
$spot.GetType().FullName
$spot.SpotPrice
"$($spot.Type)"
$spot.LaunchSpecification.ImageId

'== remove key pair =='
Remove-EC2KeyPair -KeyName myPSKeyPair -WhatIf
Remove-EC2KeyPair -KeyName myPSKeyPair -Force
