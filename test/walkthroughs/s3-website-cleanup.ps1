# The guide's removal of the website bucket: its objects, then the bucket (confirmation skipped with -Force,
# as a script without a user to answer must).
foreach ($k in (Get-S3Object -BucketName website-example).Key) {
  Remove-S3Object -BucketName website-example -Key $k -Force | Out-Null
}
Remove-S3Bucket -BucketName website-example -Force
Test-S3Bucket -BucketName website-example
