# The user guide's "Pipelining and $AWSHistory" and manual paging examples, on the bucket "test" (the test
# creates seven objects in it with the AWS CLI). AWS.Tools pages to completion even with -MaxKey; the first
# page alone is asked for with -NoAutoIteration, the next with the guide's -Marker expression.

'== page to completion =='
$c = Get-S3Object -BucketName test
$c.Count
$c = Get-S3Object -BucketName test -MaxKey 3
$c.Count
$AWSHistory.LastCommand.EmittedObjectsCount

'== first page =='
$c = Get-S3Object -BucketName test -MaxKey 3 -NoAutoIteration
$c.Key
$AWSHistory.LastServiceResponse -ne $null && $AWSHistory.LastServiceResponse.IsTruncated
$AWSHistory.LastServiceResponse.NextMarker

'== next page =='
$c = Get-S3Object -BucketName test -MaxKey 3 -Marker $AWSHistory.LastServiceResponse.NextMarker
$c.Key

'== history =='
$AWSHistory.Commands.Count
$AWSHistory.LastCommand.CmdletName
$AWSHistory.LastCommand.CmdletStart -le $AWSHistory.LastCommand.CmdletEnd
$AWSHistory.LastServiceRequest -eq $null
Set-AWSHistoryConfiguration -MaxCmdletHistory 2 -MaxServiceCallHistory 1 -RecordServiceRequests
$null = Get-S3Object -BucketName test -MaxKey 3
$AWSHistory.LastCommand.Responses.Count
$AWSHistory.LastServiceRequest.MaxKeys
$AWSHistory.Commands.Count
Clear-AWSHistory
$AWSHistory.Commands.Count
