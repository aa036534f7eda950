# The user guide's "-Select" examples, on the bucket "mybucket" (file1.txt and file2.txt, created by the test
# with the AWS CLI), and the -Select example of the migration section.

'== default =='
Get-S3Object -BucketName mybucket | Format-List BucketName, Key, Size, StorageClass
'== select star =='
Get-S3Object -BucketName mybucket -Select * | Format-List IsTruncated, NextMarker, S3Objects, Name, Prefix, MaxKeys, CommonPrefixes, Delimiter
'== select path =='
Get-S3Object -BucketName mybucket -Select S3Objects.Key
'== select parameter =='
Get-S3Object -BucketName mybucket -Select S3Objects.Key |
Write-S3ObjectTagSet -Select ^Key -BucketName mybucket -Tagging_TagSet @{ Key='key'; Value='value'}
'== select first =='
Get-S3ObjectV2 -BucketName mybucket -Select S3Objects.Key | select -first 2
'== filter object =='
Import-Module AWS.Tools.EC2
$filter = [Amazon.EC2.Model.Filter]@{Name="vpc-id";Values="vpc-1234abcd"}
$filter.Values.GetType().FullName
$filter = [Amazon.EC2.Model.Filter]@{Name="vpc-id";Values=$args[0]}
Get-EC2Instance -Filter $filter -Select Reservations.Instances.InstanceId
