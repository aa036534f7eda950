# The user guide's S3 static website walkthrough: a bucket in a region and its location, the website
# configuration, the two pages written from here-strings and uploaded in a foreach, the configuration read back.
# (s3-website-cleanup.ps1 holds the guide's removal lines, run after the test has looked at the bucket.)

'== new =='
New-S3Bucket -BucketName website-example -Region us-west-2 | Format-Table BucketName
'== location =='
Get-S3BucketLocation -BucketName website-example | Out-String
'== website =='
Write-S3BucketWebsite -BucketName website-example -WebsiteConfiguration_IndexDocumentSuffix index.html -WebsiteConfiguration_ErrorDocument error.html

# Create the two files using here-strings and the Set-Content cmdlet
$index_html = @"
<html>
  <body>
    <p>
      Hello, World!
    </p>
  </body>
</html>
"@
$index_html | Set-Content index.html
$error_html = @"
<html>
  <body>
    <p>
      This is an error page.
    </p>
  </body>
</html>
"@
$error_html | Set-Content error.html
# Upload the files to Amazon S3 using a foreach loop
foreach ($f in "index.html", "error.html") {
  Write-S3Object -BucketName website-example -File $f -Key $f -CannedACLName public-read
}
'== verify =='
# Verify that the files were uploaded
Get-S3BucketWebsite -BucketName website-example | Out-String
(Get-S3Object -BucketName website-example).Key
