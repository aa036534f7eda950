# The user guide's "Using the ClientConfig parameter in cmdlets" examples (the bucket passed in as a parameter
# for <BUCKET_NAME>). The guide assumes AWS.Tools.S3 is imported, so that its .NET types are known.
param([string]$BucketName)
Import-Module AWS.Tools.S3

'== splatting =='
$params=@{ 
    ClientConfig=@{ 
        ForcePathStyle=$true 
        Timeout=[TimeSpan]::FromMilliseconds(150000) 
    } 
    BucketName=$BucketName
}

Get-S3Object @params | Select-Object -ExpandProperty Key

'== undefined property =='
$params=@{ 
    ClientConfig=@{ 
        ForcePathStyle=$true 
        UndefinedProperty="Value" 
        Timeout=[TimeSpan]::FromMilliseconds(150000) 
    } 
    BucketName=$BucketName
}

try { Get-S3Object @params } catch { $_.Exception.Message }

'== region =='
(Get-S3Object -BucketName $BucketName -ClientConfig @{ RegionEndpoint = 'us-east-1' } | Measure-Object).Count
