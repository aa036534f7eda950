# A settings enum and record classes, as AWS scripts use them.
param([string]$Tier = 'Standard')

$script:Prefix = 'inv'

function Format-Size([long]$Bytes) { '{0:N1} KB' -f ($Bytes / 1KB) }

$items = @(
    [Item]::new('logs/a.txt', 2048, 'Standard')
    [Item]@{ Key = 'img/b.png'; Size = 4096; Class = 'Glacier' }
    [Item]::new('c.csv', 512, $Tier)
)
foreach ($i in $items) { $i.Describe() }
$items | Where-Object { $_.Class -eq [StorageClass]::Standard } | ForEach-Object Key
$items | Sort-Object Size | Format-Table Key, Size, Class
[Inventory]::new($items).Total()
[Inventory]::Describe([StorageClass]::Glacier)

enum StorageClass { Standard; StandardIA = 10; Glacier }

class Item {
    [string]$Key
    [long]$Size
    [StorageClass]$Class = [StorageClass]::Standard

    Item() { }
    Item([string]$key, [long]$size, [StorageClass]$class) {
        $this.Key = $key
        $this.Size = $size
        $this.Class = $class
    }

    [string] Describe() {
        return "$script:Prefix/$($this.Key): $(Format-Size $this.Size) [$($this.Class)]"
    }
}

class Inventory {
    [Item[]]$Items

    Inventory([Item[]]$items) { $this.Items = $items }

    [long] Total() {
        $sum = 0
        foreach ($i in $this.Items) { $sum += $i.Size }
        return $sum
    }

    static [string] Describe([StorageClass]$c) {
        switch ($c) {
            'Glacier' { return 'cold' }
            default { return 'warm' }
        }
        return 'unreachable'
    }
}
