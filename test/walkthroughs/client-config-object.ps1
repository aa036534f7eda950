# The user guide's "Defining a ClientConfig object" example (the bucket passed in for <BUCKET_NAME>).
param([string]$BucketName)
Import-Module AWS.Tools.S3

$s3Config = New-Object -TypeName Amazon.S3.AmazonS3Config
$s3Config.ForcePathStyle = $true
$s3Config.Timeout = [TimeSpan]::FromMilliseconds(150000)
Get-S3Object -BucketName $BucketName -ClientConfig $s3Config | Select-Object -ExpandProperty Key
