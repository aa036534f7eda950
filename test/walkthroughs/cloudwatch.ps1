# The user guide's "Publish a Custom Metric to Your CloudWatch Dashboard" example, then the metric read back.

$dat = New-Object Amazon.CloudWatch.Model.MetricDatum
$dat.Timestamp = (Get-Date).ToUniversalTime()
$dat.MetricName = "New Posts"
$dat.Unit = "Count"
$dat.Value = ".50"
Write-CWMetricData -Namespace "Usage Metrics" -MetricData $dat

'== metrics =='
Get-CWMetricList -Namespace "Usage Metrics"
'== statistics =='
$now = (Get-Date).ToUniversalTime()
$stats = Get-CWMetricStatistic -Namespace "Usage Metrics" -MetricName "New Posts" `
    -UtcStartTime $now.AddMinutes(-10) -UtcEndTime $now.AddMinutes(10) -Period 60 -Statistic Sum, SampleCount
$stats.Label
$stats.Datapoints | Format-List Sum, SampleCount, Unit
