# Hashtables, [ordered] dictionaries and PSCustomObject: construction, access, display, enumeration, members.
### @{a=1; b='two'}
@{a=1; b='two'}
### @{}
@{}
### @{a=1}.a
@{a=1}.a
### @{a=1}['a']
@{a=1}['a']
### @{a=1}.A
@{a=1}.A
### @{a=1}.missing
@{a=1}.missing
### @{a=1}['missing']
@{a=1}['missing']
### $h = @{a=1}; $h.b = 2; $h.Count
$h = @{a=1}; $h.b = 2; $h.Count
### $h = @{a=1}; $h['b'] = 2; $h.Keys | Sort-Object
$h = @{a=1}; $h['b'] = 2; $h.Keys | Sort-Object
### $h = @{a=1}; $h.Add('a', 2)
$h = @{a=1}; $h.Add('a', 2)
### $h = @{a=1}; $h.Remove('a'); $h.Count
$h = @{a=1}; $h.Remove('a'); $h.Count
### $h = @{a=1}; $h.ContainsKey('A')
$h = @{a=1}; $h.ContainsKey('A')
### $h = @{a=1}; $h.ContainsValue(1)
$h = @{a=1}; $h.ContainsValue(1)
### @{a=1;b=2}.Keys.Count
@{a=1;b=2}.Keys.Count
### @{1='one'}[1]
@{1='one'}[1]
### @{1='one'}['1']
@{1='one'}['1']
### @{a=1,2,3}.a
@{a=1,2,3}.a
### @{a=@{b=@{c='deep'}}}.a.b.c
@{a=@{b=@{c='deep'}}}.a.b.c
### @{'key with space'=1}.'key with space'
@{'key with space'=1}.'key with space'
### $k='a'; @{a=5}.$k
$k='a'; @{a=5}.$k
### @{a=1} | Format-List
@{a=1} | Format-List
### @{a=1;b=2} | Format-Table
@{a=1;b=2} | Format-Table
### @{a=1} | Get-Member -MemberType Property
@{a=1} | Get-Member -MemberType Property
### @{a=1}.GetType().FullName
@{a=1}.GetType().FullName
### [ordered]@{z=1;a=2}
[ordered]@{z=1;a=2}
### [ordered]@{z=1;a=2}.Keys
[ordered]@{z=1;a=2}.Keys
### ([ordered]@{z=1;a=2})[0]
([ordered]@{z=1;a=2})[0]
### ([ordered]@{z=1;a=2})[1]
([ordered]@{z=1;a=2})[1]
### [ordered]@{z=1;a=2} | ConvertTo-Json -Compress
[ordered]@{z=1;a=2} | ConvertTo-Json -Compress
### ([ordered]@{}).GetType().FullName
([ordered]@{}).GetType().FullName
### $o = [ordered]@{}; $o.b = 1; $o.a = 2; $o
$o = [ordered]@{}; $o.b = 1; $o.a = 2; $o
### @{a=1;a=2}
@{a=1;a=2}
### @{a=1; A=2}
@{a=1; A=2}
### @{b=2;a=1;c=3}.GetEnumerator() | Sort-Object Name
@{b=2;a=1;c=3}.GetEnumerator() | Sort-Object Name
### @{a=1}.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value)" }
@{a=1}.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value)" }
### foreach ($k in @{x=1}.Keys) { $k }
foreach ($k in @{x=1}.Keys) { $k }
### @{a=$null}
@{a=$null}
### @{a=$null}.ContainsKey('a')
@{a=$null}.ContainsKey('a')
### $h = @{}; $h.x.y
$h = @{}; $h.x.y
### $h = @{}; $h.x.y = 1
$h = @{}; $h.x.y = 1
### @{a=1} + @{b=2} | Sort-Object
@{a=1} + @{b=2} | Sort-Object
### $h = @{n=1}; $h.n++; $h.n
$h = @{n=1}; $h.n++; $h.n
### $h = @{n=1}; $h.n += 5; $h.n
$h = @{n=1}; $h.n += 5; $h.n
### @{a=1}.Values
@{a=1}.Values
### @{a=[pscustomobject]@{x=1}}
@{a=[pscustomobject]@{x=1}}
### @{a=@(1,2)}
@{a=@(1,2)}
### @{a=@{b=1}}
@{a=@{b=1}}
### @{a='x'*130}
@{a='x'*130}
### @{n=1.5;d=[decimal]2;t=$true;s=$null}
@{n=1.5;d=[decimal]2;t=$true;s=$null}
### [pscustomobject]@{a=1;b='two'}
[pscustomobject]@{a=1;b='two'}
### [pscustomobject]@{}
[pscustomobject]@{}
### [pscustomobject]@{a=1}.a
[pscustomobject]@{a=1}.a
### [pscustomobject]@{a=1}.A
[pscustomobject]@{a=1}.A
### [pscustomobject]@{a=1}.missing
[pscustomobject]@{a=1}.missing
### $o = [pscustomobject]@{a=1}; $o.a = 2; $o
$o = [pscustomobject]@{a=1}; $o.a = 2; $o
### $o = [pscustomobject]@{a=1}; $o.b = 2
$o = [pscustomobject]@{a=1}; $o.b = 2
### $o = [pscustomobject]@{a=1}; $o | Add-Member -NotePropertyName b -NotePropertyValue 2; $o
$o = [pscustomobject]@{a=1}; $o | Add-Member -NotePropertyName b -NotePropertyValue 2; $o
### $o = [pscustomobject]@{a=1}; $o | Add-Member b 2 -PassThru
$o = [pscustomobject]@{a=1}; $o | Add-Member b 2 -PassThru
### $o = [pscustomobject]@{a=1}; $o | Add-Member -MemberType ScriptProperty -Name Twice -Value { $this.a * 2 }; $o.Twice
$o = [pscustomobject]@{a=1}; $o | Add-Member -MemberType ScriptProperty -Name Twice -Value { $this.a * 2 }; $o.Twice
### $o = [pscustomobject]@{a=1}; $o | Add-Member -MemberType ScriptMethod -Name Hi -Value { "hi $($this.a)" }; $o.Hi()
$o = [pscustomobject]@{a=1}; $o | Add-Member -MemberType ScriptMethod -Name Hi -Value { "hi $($this.a)" }; $o.Hi()
### [pscustomobject]@{a=1}.PSObject.Properties.Name
[pscustomobject]@{a=1}.PSObject.Properties.Name
### [pscustomobject]@{b=1;a=2}.PSObject.Properties | ForEach-Object Name
[pscustomobject]@{b=1;a=2}.PSObject.Properties | ForEach-Object Name
### [pscustomobject]@{a=1}.GetType().FullName
[pscustomobject]@{a=1}.GetType().FullName
### [pscustomobject]@{a=1} | Get-Member
[pscustomobject]@{a=1} | Get-Member
### [pscustomobject]@{a=1;b=2;c=3;d=4;e=5}
[pscustomobject]@{a=1;b=2;c=3;d=4;e=5}
### [pscustomobject]@{a=1;b=2;c=3;d=4;e=5} | Format-Table
[pscustomobject]@{a=1;b=2;c=3;d=4;e=5} | Format-Table
### [pscustomobject]@{Name='x';Value=$null}
[pscustomobject]@{Name='x';Value=$null}
### [pscustomobject]@{List=@(1,2,3)}
[pscustomobject]@{List=@(1,2,3)}
### [pscustomobject]@{Nested=[pscustomobject]@{x=1}}
[pscustomobject]@{Nested=[pscustomobject]@{x=1}}
### [pscustomobject]@{Hash=@{a=1}}
[pscustomobject]@{Hash=@{a=1}}
### $o = [pscustomobject]@{a=1}; $o.psobject.TypeNames
$o = [pscustomobject]@{a=1}; $o.psobject.TypeNames
### $o = [pscustomobject]@{PSTypeName='My.Type'; a=1}; $o.PSObject.TypeNames[0]
$o = [pscustomobject]@{PSTypeName='My.Type'; a=1}; $o.PSObject.TypeNames[0]
### $o = [pscustomobject]@{PSTypeName='My.Type'; a=1}; $o
$o = [pscustomobject]@{PSTypeName='My.Type'; a=1}; $o
### [pscustomobject]@{a=1} -eq [pscustomobject]@{a=1}
[pscustomobject]@{a=1} -eq [pscustomobject]@{a=1}
### $o = [pscustomobject]@{a=1}; $p = $o; $p.a = 9; $o.a
$o = [pscustomobject]@{a=1}; $p = $o; $p.a = 9; $o.a
### $o = [pscustomobject]@{a=1}; $c = $o.psobject.Copy(); $c.a = 9; $o.a
$o = [pscustomobject]@{a=1}; $c = $o.psobject.Copy(); $c.a = 9; $o.a
### @([pscustomobject]@{a=1}).a
@([pscustomobject]@{a=1}).a
### [pscustomobject]@{a=1} | Select-Object *
[pscustomobject]@{a=1} | Select-Object *
### [pscustomobject]@{a=1} | ConvertTo-Json
[pscustomobject]@{a=1} | ConvertTo-Json
### [pscustomobject]@{a=1;b=@(1,2)} | ConvertTo-Json -Compress
[pscustomobject]@{a=1;b=@(1,2)} | ConvertTo-Json -Compress
### "$([pscustomobject]@{a=1;b=2})"
"$([pscustomobject]@{a=1;b=2})"
### [pscustomobject]@{a=1}.ToString()
[pscustomobject]@{a=1}.ToString()
### [pscustomobject][ordered]@{z=1;a=2}
[pscustomobject][ordered]@{z=1;a=2}
### New-Object PSObject -Property @{a=1}
New-Object PSObject -Property @{a=1}
### New-Object -TypeName PSCustomObject
New-Object -TypeName PSCustomObject
### $o = New-Object PSObject; $o | Add-Member -NotePropertyMembers @{x=1;y=2}; $o | Format-List
$o = New-Object PSObject; $o | Add-Member -NotePropertyMembers @{x=1;y=2}; $o | Format-List
### [pscustomobject]@{a=1} | Get-Member -MemberType NoteProperty | Select-Object -ExpandProperty Definition
[pscustomobject]@{a=1} | Get-Member -MemberType NoteProperty | Select-Object -ExpandProperty Definition
### $x = [pscustomobject]@{a=[pscustomobject]@{b=[pscustomobject]@{c=1}}}; $x.a.b.c
$x = [pscustomobject]@{a=[pscustomobject]@{b=[pscustomobject]@{c=1}}}; $x.a.b.c
### $x = [pscustomobject]@{a=$null}; $x.a.b
$x = [pscustomobject]@{a=$null}; $x.a.b
### [pscustomobject]@{'with space'=1;'x-y'=2}
[pscustomobject]@{'with space'=1;'x-y'=2}
### ([pscustomobject]@{'with space'=1}).'with space'
([pscustomobject]@{'with space'=1}).'with space'
### $p = 'a'; ([pscustomobject]@{a=7}).$p
$p = 'a'; ([pscustomobject]@{a=7}).$p
### ([pscustomobject]@{a=7}).('a')
([pscustomobject]@{a=7}).('a')
### [pscustomobject]@{a=1}, [pscustomobject]@{b=2}
[pscustomobject]@{a=1}, [pscustomobject]@{b=2}
### [pscustomobject]@{a=1}, [pscustomobject]@{a=2;b=3}
[pscustomobject]@{a=1}, [pscustomobject]@{a=2;b=3}
### [pscustomobject]@{a=1;b=2}, [pscustomobject]@{b=3}
[pscustomobject]@{a=1;b=2}, [pscustomobject]@{b=3}
### [pscustomobject]@{a=1} | Format-Wide
[pscustomobject]@{a=1} | Format-Wide
### [pscustomobject]@{Name='n1'}, [pscustomobject]@{Name='n2'} | Format-Wide
[pscustomobject]@{Name='n1'}, [pscustomobject]@{Name='n2'} | Format-Wide
### $h = @{a=1}; $o = [pscustomobject]$h; $h.a = 2; $o.a
$h = @{a=1}; $o = [pscustomobject]$h; $h.a = 2; $o.a
### [hashtable]([pscustomobject]@{a=1})
[hashtable]([pscustomobject]@{a=1})
### $h = [hashtable]::new(); $h.x = 1; $h
$h = [hashtable]::new(); $h.x = 1; $h
### $d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['a'] = 1; $d
### $d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d.Add('a','x')
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d.Add('a','x')
### $l = [System.Collections.Generic.List[int]]::new(); $l.Add(1); $l.Add(2); $l
$l = [System.Collections.Generic.List[int]]::new(); $l.Add(1); $l.Add(2); $l
### $l = [System.Collections.Generic.List[string]]@('a','b'); $l.Count; $l[1]
$l = [System.Collections.Generic.List[string]]@('a','b'); $l.Count; $l[1]
### $l = [System.Collections.ArrayList]::new(); $l.Add('x'); $l.Add('y')
$l = [System.Collections.ArrayList]::new(); $l.Add('x'); $l.Add('y')
### $l = [System.Collections.ArrayList]::new(); [void]$l.Add('x'); $l
$l = [System.Collections.ArrayList]::new(); [void]$l.Add('x'); $l
### $s = [System.Collections.Generic.HashSet[int]]::new(); $s.Add(1); $s.Add(1); $s.Count
$s = [System.Collections.Generic.HashSet[int]]::new(); $s.Add(1); $s.Add(1); $s.Count
### $q = [System.Collections.Queue]::new(); $q.Enqueue(1); $q.Enqueue(2); $q.Dequeue()
$q = [System.Collections.Queue]::new(); $q.Enqueue(1); $q.Enqueue(2); $q.Dequeue()
### $st = [System.Collections.Stack]::new(); $st.Push(1); $st.Push(2); $st.Pop()
$st = [System.Collections.Stack]::new(); $st.Push(1); $st.Push(2); $st.Pop()
### [System.Collections.Generic.SortedDictionary[string,int]]@{b=2;a=1}
[System.Collections.Generic.SortedDictionary[string,int]]@{b=2;a=1}
### $h = @{}; $h[$null] = 1
$h = @{}; $h[$null] = 1
### $h = @{}; $h[[pscustomobject]@{}] = 1; $h.Count
$h = @{}; $h[[pscustomobject]@{}] = 1; $h.Count
### $h = @{a=1}; $h.Clone().a
$h = @{a=1}; $h.Clone().a
### $h = @{a=@{}}; $h.a.b = 1; $h.a.b
$h = @{a=@{}}; $h.a.b = 1; $h.a.b
### $h=@{}; foreach ($i in 1..3) { $h["k$i"] = $i }; $h.Keys | Sort-Object
$h=@{}; foreach ($i in 1..3) { $h["k$i"] = $i }; $h.Keys | Sort-Object
### $h = @{a=1;b=2}; $h.GetEnumerator() | Where-Object Value -gt 1 | ForEach-Object Key
$h = @{a=1;b=2}; $h.GetEnumerator() | Where-Object Value -gt 1 | ForEach-Object Key
### @{a=1}.psobject.Properties.Name -contains 'a'
@{a=1}.psobject.Properties.Name -contains 'a'
### @{a=1}.Keys -contains 'a'
@{a=1}.Keys -contains 'a'
### (@{a=1}).Item('a')
(@{a=1}).Item('a')
### $h=@{a=1}; $h.set_Item('a', 5); $h.a
$h=@{a=1}; $h.set_Item('a', 5); $h.a
### [pscustomobject]@{a=1} | Add-Member -NotePropertyName a -NotePropertyValue 2
[pscustomobject]@{a=1} | Add-Member -NotePropertyName a -NotePropertyValue 2
### [pscustomobject]@{a=1} | Add-Member -NotePropertyName a -NotePropertyValue 2 -Force -PassThru
[pscustomobject]@{a=1} | Add-Member -NotePropertyName a -NotePropertyValue 2 -Force -PassThru
### $o=[pscustomobject]@{a=1}; $o.PSObject.Properties.Remove('a'); $o
$o=[pscustomobject]@{a=1}; $o.PSObject.Properties.Remove('a'); $o
### $o=[pscustomobject]@{a=1}; $o.PSObject.Properties.Add([psnoteproperty]::new('b',2)); $o
$o=[pscustomobject]@{a=1}; $o.PSObject.Properties.Add([psnoteproperty]::new('b',2)); $o
### [pscustomobject]@{a=1;b=2} | Select-Object -Property b, a
[pscustomobject]@{a=1;b=2} | Select-Object -Property b, a
### ([pscustomobject]@{a=1}).psobject.Members.Match('a').Count
([pscustomobject]@{a=1}).psobject.Members.Match('a').Count
