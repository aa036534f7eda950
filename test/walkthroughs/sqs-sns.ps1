# The user guide's "Amazon SQS, Amazon SNS and Tools for Windows PowerShell" walkthrough, as a script.
# Changed from the guide only where moto differs from AWS: the topic subscribes with -Protocol sqs (moto only
# delivers to the lower-case protocol), the policy's Statement is a list (moto's AddPermission cannot extend
# a single-statement policy, and needs a Sid in each statement), the SNS action name is spelled Publish (moto matches action names exactly), and
# the ARNs and queue URL come from the variables instead of being typed out.

'== new queue =='
New-SQSQueue -QueueName myQueue
'== queue arn =='
Get-SQSQueueAttribute -QueueUrl (Get-SQSQueueUrl -QueueName myQueue) -AttributeName QueueArn | Format-List QueueARN
'== new topic =='
New-SNSTopic -Name myTopic

'== policy =='
# create the queue and topic to be associated
$qurl = New-SQSQueue -QueueName "myQueue"
$topicarn = New-SNSTopic -Name "myTopic"

# get the queue ARN to inject into the policy; it will be returned
# in the output's QueueARN member but we need to put it into a variable
# so text expansion in the policy string takes effect
$qarn = (Get-SQSQueueAttribute -QueueUrl $qurl -AttributeNames "QueueArn").QueueARN

# construct the policy and inject arns
$policy = @"
{ 
    "Version": "2012-10-17", 
    "Statement": [ { 
        "Sid": "topic-to-queue", 
        "Effect": "Allow", 
        "Principal": "*", 
        "Action": "SQS:SendMessage", 
        "Resource": "$qarn", 
        "Condition": { "ArnEquals": { "aws:SourceArn": "$topicarn" } } 
    } ]
}
"@

# set the policy
Set-SQSQueueAttribute -QueueUrl $qurl -Attribute @{ Policy=$policy }
((Get-SQSQueueAttribute -QueueUrl $qurl -AttributeNames Policy).Policy | ConvertFrom-Json).Statement[0].Resource -eq $qarn

'== subscribe =='
Connect-SNSNotification `
    -TopicARN $topicarn `
    -Protocol sqs `
    -Endpoint $qarn

'== permissions =='
Add-SNSPermission `
    -TopicArn $topicarn `
    -Label ps-cmdlet-topic `
    -AWSAccountIds 123456789012 `
    -ActionNames Publish
Add-SQSPermission `
    -QueueUrl $qurl `
    -AWSAccountId "123456789012" `
    -Label queue-permission `
    -ActionName SendMessage, ReceiveMessage

'== publish =='
Publish-SNSMessage `
    -TopicArn $topicarn `
    -Message "Have A Nice Day!"

'== receive =='
$message = Receive-SQSMessage -QueueUrl $qurl
$message | Format-List Attributes, MD5OfBody, MD5OfMessageAttributes, MessageAttributes, MessageId
$notification = $message.Body | ConvertFrom-Json
$notification.Type
$notification.TopicArn
$notification.Message
