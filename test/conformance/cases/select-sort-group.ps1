# Select-Object, Sort-Object, Group-Object, Measure-Object, Compare-Object (and Get-Unique, Where-Object) on fixed data.
### $p
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p
### $p | Select-Object Name, Age
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object Name, Age
### $p | Select-Object -First 2
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object -First 2
### $p | Select-Object -Last 1
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object -Last 1
### $p | Select-Object -Skip 3
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object -Skip 3
### $p | Select-Object -SkipLast 3
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object -SkipLast 3
### $p | Select-Object -Index 0, 2
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object -Index 0, 2
### $p | Select-Object -ExpandProperty Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object -ExpandProperty Name
### $p | Select-Object -ExpandProperty Nope
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object -ExpandProperty Nope
### $p | Select-Object -Property Name -ExpandProperty Age
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object -Property Name -ExpandProperty Age
### $p | Select-Object Name, @{n='Years';e={$_.Age}}
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object Name, @{n='Years';e={$_.Age}}
### $p | Select-Object Name, @{Name='Double';Expression={$_.Age * 2}}
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object Name, @{Name='Double';Expression={$_.Age * 2}}
### $p | Select-Object @{l='N';e='Name'}
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object @{l='N';e='Name'}
### $p | Select-Object Name, @{n='x'}
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object Name, @{n='x'}
### $p | Select-Object -ExcludeProperty Pay
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object -ExcludeProperty Pay
### $p | Select-Object * -ExcludeProperty Pay, Dept
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object * -ExcludeProperty Pay, Dept
### $p | Select-Object N*
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object N*
### $p | Select-Object Dept -Unique
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object Dept -Unique
### $p.Dept | Select-Object -Unique
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p.Dept | Select-Object -Unique
### 'a','A','b' | Select-Object -Unique
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'a','A','b' | Select-Object -Unique
### 'a','A','b' | Select-Object -Unique -CaseInsensitive
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'a','A','b' | Select-Object -Unique -CaseInsensitive
### $p | Select-Object Name | Get-Member -MemberType NoteProperty
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object Name | Get-Member -MemberType NoteProperty
### ($p | Select-Object Name)[0].GetType().Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); ($p | Select-Object Name)[0].GetType().Name
### $p | Select-Object -First 0
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object -First 0
### 1..10 | Select-Object -First 3 -Skip 2
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 1..10 | Select-Object -First 3 -Skip 2
### 1..10 | Select-Object -Last 3 -Skip 1
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 1..10 | Select-Object -Last 3 -Skip 1
### $p | Sort-Object Age
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object Age
### $p | Sort-Object Age -Descending
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object Age -Descending
### $p | Sort-Object Age, Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object Age, Name
### $p | Sort-Object Dept, @{e='Age';Descending=$true}
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object Dept, @{e='Age';Descending=$true}
### $p | Sort-Object Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object Name
### $p | Sort-Object Name -CaseSensitive
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object Name -CaseSensitive
### $p | Sort-Object Pay
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object Pay
### $p | Sort-Object Pay -Descending
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object Pay -Descending
### $p | Sort-Object { $_.Name.Length }, Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object { $_.Name.Length }, Name
### $p | Sort-Object Age -Unique
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object Age -Unique
### $p | Sort-Object -Property Age -Top 2
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object -Property Age -Top 2
### $p | Sort-Object -Property Age -Bottom 1
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object -Property Age -Bottom 1
### 3,1,2 | Sort-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 3,1,2 | Sort-Object
### 'b','a','C' | Sort-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'b','a','C' | Sort-Object
### 'b','a','C' | Sort-Object -CaseSensitive
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'b','a','C' | Sort-Object -CaseSensitive
### '10','9','100' | Sort-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); '10','9','100' | Sort-Object
### 10,9,100 | Sort-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 10,9,100 | Sort-Object
### '10',9,'100' | Sort-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); '10',9,'100' | Sort-Object
### 1,'a',2.5,$null | Sort-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 1,'a',2.5,$null | Sort-Object
### $true, $false | Sort-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $true, $false | Sort-Object
### [datetime]'2024-01-02', [datetime]'2023-01-01' | Sort-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); [datetime]'2024-01-02', [datetime]'2023-01-01' | Sort-Object
### 'é','e','f' | Sort-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'é','e','f' | Sort-Object
### 'a-b','ab','a_b' | Sort-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'a-b','ab','a_b' | Sort-Object
### 3,1,2 | Sort-Object -Descending
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 3,1,2 | Sort-Object -Descending
### 1,1,2 | Sort-Object -Unique
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 1,1,2 | Sort-Object -Unique
### $p | Sort-Object Nope | Select-Object -ExpandProperty Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object Nope | Select-Object -ExpandProperty Name
### 'b','a' | Sort-Object -Stable
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'b','a' | Sort-Object -Stable
### $p | Group-Object Dept
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Group-Object Dept
### $p | Group-Object Dept | Select-Object Name, Count
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Group-Object Dept | Select-Object Name, Count
### $p | Group-Object Dept -NoElement
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Group-Object Dept -NoElement
### $p | Group-Object Age
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Group-Object Age
### $p | Group-Object Dept, Age
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Group-Object Dept, Age
### $p | Group-Object { $_.Age -gt 30 }
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Group-Object { $_.Age -gt 30 }
### $p | Group-Object Dept -AsHashTable
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Group-Object Dept -AsHashTable
### ($p | Group-Object Dept -AsHashTable).IT.Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); ($p | Group-Object Dept -AsHashTable).IT.Name
### $p | Group-Object Dept -AsHashTable -AsString | ForEach-Object { $_.Keys | Sort-Object }
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Group-Object Dept -AsHashTable -AsString | ForEach-Object { $_.Keys | Sort-Object }
### ($p | Group-Object Dept)[0].Group
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); ($p | Group-Object Dept)[0].Group
### ($p | Group-Object Dept)[0].Values
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); ($p | Group-Object Dept)[0].Values
### ($p | Group-Object Dept)[0].GetType().Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); ($p | Group-Object Dept)[0].GetType().Name
### 'a','A','b' | Group-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'a','A','b' | Group-Object
### 'a','A','b' | Group-Object -CaseSensitive
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'a','A','b' | Group-Object -CaseSensitive
### 1,2,3,4 | Group-Object { $_ % 2 }
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 1,2,3,4 | Group-Object { $_ % 2 }
### @() | Group-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); @() | Group-Object
### $p | Group-Object Nope
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Group-Object Nope
### $p | Measure-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Measure-Object
### $p | Measure-Object Age -Sum -Average -Maximum -Minimum
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Measure-Object Age -Sum -Average -Maximum -Minimum
### $p | Measure-Object Pay -Sum
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Measure-Object Pay -Sum
### $p | Measure-Object Age -AllStats
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Measure-Object Age -AllStats
### $p | Measure-Object Age, Pay -Sum
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Measure-Object Age, Pay -Sum
### 1..10 | Measure-Object -Sum
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 1..10 | Measure-Object -Sum
### (1..10 | Measure-Object -Sum).Sum.GetType().Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); (1..10 | Measure-Object -Sum).Sum.GetType().Name
### (1..4 | Measure-Object -Average).Average
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); (1..4 | Measure-Object -Average).Average
### 1.5, 2.5 | Measure-Object -Sum
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 1.5, 2.5 | Measure-Object -Sum
### 'a','bb' | Measure-Object -Property Length -Maximum
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'a','bb' | Measure-Object -Property Length -Maximum
### 'a b','c' | Measure-Object -Word -Character -Line
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'a b','c' | Measure-Object -Word -Character -Line
### 'abc' | Measure-Object -Character
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'abc' | Measure-Object -Character
### @() | Measure-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); @() | Measure-Object
### $null | Measure-Object
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $null | Measure-Object
### 'x','y' | Measure-Object -Sum
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'x','y' | Measure-Object -Sum
### $p | Measure-Object Nope -Sum
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Measure-Object Nope -Sum
### 1..3 | Measure-Object -StandardDeviation
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 1..3 | Measure-Object -StandardDeviation
### [decimal]1.1, [decimal]2.2 | Measure-Object -Sum
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); [decimal]1.1, [decimal]2.2 | Measure-Object -Sum
### (1,2 | Measure-Object -Maximum).Maximum.GetType().Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); (1,2 | Measure-Object -Maximum).Maximum.GetType().Name
### [datetime]'2024-01-01',[datetime]'2024-06-01' | Measure-Object -Maximum
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); [datetime]'2024-01-01',[datetime]'2024-06-01' | Measure-Object -Maximum
### Compare-Object 1,2,3 2,3,4
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object 1,2,3 2,3,4
### Compare-Object 1,2,3 2,3,4 -IncludeEqual
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object 1,2,3 2,3,4 -IncludeEqual
### Compare-Object 1,2,3 2,3,4 -ExcludeDifferent
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object 1,2,3 2,3,4 -ExcludeDifferent
### Compare-Object 1,2,3 2,3,4 -PassThru
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object 1,2,3 2,3,4 -PassThru
### Compare-Object 'a','B' 'A','b'
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object 'a','B' 'A','b'
### Compare-Object 'a','B' 'A','b' -CaseSensitive
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object 'a','B' 'A','b' -CaseSensitive
### Compare-Object @() 1
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object @() 1
### Compare-Object $null 1
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object $null 1
### Compare-Object 1,1,2 1,2
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object 1,1,2 1,2
### Compare-Object $p ($p | Select-Object -First 2) -Property Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object $p ($p | Select-Object -First 2) -Property Name
### Compare-Object $p ($p | Select-Object -First 2) -Property Name -PassThru | Select-Object -ExpandProperty Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object $p ($p | Select-Object -First 2) -Property Name -PassThru | Select-Object -ExpandProperty Name
### Compare-Object 'x' 'y' | Format-List
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object 'x' 'y' | Format-List
### (Compare-Object 1 2)[0].GetType().Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); (Compare-Object 1 2)[0].GetType().Name
### Compare-Object -ReferenceObject 1 -DifferenceObject 1
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object -ReferenceObject 1 -DifferenceObject 1
### Compare-Object -ReferenceObject 1..5 -DifferenceObject 3..7 -SyncWindow 0
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); Compare-Object -ReferenceObject 1..5 -DifferenceObject 3..7 -SyncWindow 0
### 1,1,2,2,1 | Get-Unique
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 1,1,2,2,1 | Get-Unique
### 'a','A' | Get-Unique
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); 'a','A' | Get-Unique
### $p | Where-Object Age -gt 30 | Select-Object -ExpandProperty Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Where-Object Age -gt 30 | Select-Object -ExpandProperty Name
### $p | Where-Object { $_.Dept -eq 'IT' -and $_.Age -lt 30 } | % Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Where-Object { $_.Dept -eq 'IT' -and $_.Age -lt 30 } | % Name
### $p | Where-Object Pay | % Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Where-Object Pay | % Name
### $p | Where-Object -Not Pay | % Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Where-Object -Not Pay | % Name
### $p | Where-Object Name -CLike 'a*' | % Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Where-Object Name -CLike 'a*' | % Name
### $p | Where-Object Name -Like 'a*' | % Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Where-Object Name -Like 'a*' | % Name
### $p | Where-Object Dept -In 'IT','HR' | % Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Where-Object Dept -In 'IT','HR' | % Name
### $p | Where-Object Age -Match '^4' | % Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Where-Object Age -Match '^4' | % Name
### $p | Where-Object Name -Contains 'Ann' | % Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Where-Object Name -Contains 'Ann' | % Name
### $p | ForEach-Object Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | ForEach-Object Name
### $p | ForEach-Object { $_.Name.ToUpper() }
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | ForEach-Object { $_.Name.ToUpper() }
### $p | ForEach-Object -MemberName Age
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | ForEach-Object -MemberName Age
### $p.Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p.Name
### $p.Age | Measure-Object -Sum | % Sum
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p.Age | Measure-Object -Sum | % Sum
### ($p | Sort-Object Age)[-1].Name
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); ($p | Sort-Object Age)[-1].Name
### $p | Select-Object -Property @{n='Dept';e={$_.Dept}} -Unique
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object -Property @{n='Dept';e={$_.Dept}} -Unique
### $p | Sort-Object Dept | Format-Table -GroupBy Dept Name, Age
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Sort-Object Dept | Format-Table -GroupBy Dept Name, Age
### $p | Format-Table Name, Pay
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Format-Table Name, Pay
### $p | Format-List
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Format-List
### $p | Format-Wide Name -Column 2
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Format-Wide Name -Column 2
### $p | Select-Object -First 1 | Format-List *
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Select-Object -First 1 | Format-List *
### $p | Out-String -Width 40
$p = @([pscustomobject]@{Name='Ann';Dept='IT';Age=31;Pay=5000.5},[pscustomobject]@{Name='bob';Dept='HR';Age=45;Pay=4200},[pscustomobject]@{Name='Cid';Dept='IT';Age=28;Pay=6100},[pscustomobject]@{Name='dee';Dept='Ops';Age=45;Pay=$null}); $p | Out-String -Width 40
