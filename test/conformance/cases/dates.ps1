# Dates and time spans, fixed dates only (never Get-Date now): parsing, arithmetic, formatting and display.
### date [datetime]'2024-03-05 14:07:09'
[datetime]'2024-03-05 14:07:09'
### date [datetime]'2024-03-05'
[datetime]'2024-03-05'
### date [datetime]'03/05/2024'
[datetime]'03/05/2024'
### date [datetime]'2024-03-05T14:07:09Z'
[datetime]'2024-03-05T14:07:09Z'
### date [datetime]'2024-03-05T14:07:09+02:00'
[datetime]'2024-03-05T14:07:09+02:00'
### date [datetime]'2024-03-05T14:07:09.1234567'
[datetime]'2024-03-05T14:07:09.1234567'
### date [datetime]'5 March 2024'
[datetime]'5 March 2024'
### date [datetime]'2024-02-30'
[datetime]'2024-02-30'
### date [datetime]::new(2024, 3, 5)
[datetime]::new(2024, 3, 5)
### date [datetime]::new(2024, 3, 5, 1, 2, 3)
[datetime]::new(2024, 3, 5, 1, 2, 3)
### date [datetime]::new(2024, 3, 5, 1, 2, 3, [DateTimeKind]::Utc)
[datetime]::new(2024, 3, 5, 1, 2, 3, [DateTimeKind]::Utc)
### date [datetime]::MinValue
[datetime]::MinValue
### date [datetime]::MaxValue
[datetime]::MaxValue
### date [datetime]::ParseExact('05/03/2024', 'dd/MM/yyyy', $null)
[datetime]::ParseExact('05/03/2024', 'dd/MM/yyyy', $null)
### date [datetime]::Parse('2024-03-05')
[datetime]::Parse('2024-03-05')
### date Get-Date -Date '2024-03-05'
Get-Date -Date '2024-03-05'
### date Get-Date -Year 2024 -Month 3 -Day 5 -Hour 0 -Minute 0 -Second 0 -Millisecond 0
Get-Date -Year 2024 -Month 3 -Day 5 -Hour 0 -Minute 0 -Second 0 -Millisecond 0
### date [datetime]'1/2/2024'
[datetime]'1/2/2024'
### date [datetimeoffset]'2024-03-05T14:07:09+02:00'
[datetimeoffset]'2024-03-05T14:07:09+02:00'
### date [datetime]'2024-03-05' | Format-List
[datetime]'2024-03-05' | Format-List
### date [datetime]'2024-03-05' | Format-Table
[datetime]'2024-03-05' | Format-Table
### date [datetime]'2024-03-05' | Select-Object Year, Month, Day, DayOfWeek
[datetime]'2024-03-05' | Select-Object Year, Month, Day, DayOfWeek
### date [datetime]'2024-03-05' | ConvertTo-Json
[datetime]'2024-03-05' | ConvertTo-Json
### date [datetime]'2024-03-05T14:07:09Z' | ConvertTo-Json
[datetime]'2024-03-05T14:07:09Z' | ConvertTo-Json
### date @{d=[datetime]'2024-03-05'} | ConvertTo-Json -Compress
@{d=[datetime]'2024-03-05'} | ConvertTo-Json -Compress
### date [pscustomobject]@{When=[datetime]'2024-03-05 14:07:09'; What='x'}
[pscustomobject]@{When=[datetime]'2024-03-05 14:07:09'; What='x'}
### date [datetime]'2024-03-05' -as [string]
[datetime]'2024-03-05' -as [string]
### date [string][datetime]'2024-03-05 14:07:09'
[string][datetime]'2024-03-05 14:07:09'
### date prop Year
([datetime]'2024-03-05 14:07:09').Year
### date prop Month
([datetime]'2024-03-05 14:07:09').Month
### date prop Day
([datetime]'2024-03-05 14:07:09').Day
### date prop Hour
([datetime]'2024-03-05 14:07:09').Hour
### date prop Minute
([datetime]'2024-03-05 14:07:09').Minute
### date prop Second
([datetime]'2024-03-05 14:07:09').Second
### date prop Millisecond
([datetime]'2024-03-05 14:07:09').Millisecond
### date prop DayOfWeek
([datetime]'2024-03-05 14:07:09').DayOfWeek
### date prop DayOfYear
([datetime]'2024-03-05 14:07:09').DayOfYear
### date prop Ticks
([datetime]'2024-03-05 14:07:09').Ticks
### date prop Kind
([datetime]'2024-03-05 14:07:09').Kind
### date prop Date
([datetime]'2024-03-05 14:07:09').Date
### date prop TimeOfDay
([datetime]'2024-03-05 14:07:09').TimeOfDay
### date method AddDays(1)
([datetime]'2024-03-05 14:07:09').AddDays(1)
### date method AddDays(-1.5)
([datetime]'2024-03-05 14:07:09').AddDays(-1.5)
### date method AddHours(10)
([datetime]'2024-03-05 14:07:09').AddHours(10)
### date method AddMinutes(-7)
([datetime]'2024-03-05 14:07:09').AddMinutes(-7)
### date method AddSeconds(51)
([datetime]'2024-03-05 14:07:09').AddSeconds(51)
### date method AddMonths(1)
([datetime]'2024-03-05 14:07:09').AddMonths(1)
### date method AddMonths(-3)
([datetime]'2024-03-05 14:07:09').AddMonths(-3)
### date method AddYears(1)
([datetime]'2024-03-05 14:07:09').AddYears(1)
### date method AddTicks(1)
([datetime]'2024-03-05 14:07:09').AddTicks(1)
### date method AddMilliseconds(1500)
([datetime]'2024-03-05 14:07:09').AddMilliseconds(1500)
### date method ToString('yyyy-MM-dd')
([datetime]'2024-03-05 14:07:09').ToString('yyyy-MM-dd')
### date method ToString('dd MMM yyyy')
([datetime]'2024-03-05 14:07:09').ToString('dd MMM yyyy')
### date method ToString('dddd, MMMM d')
([datetime]'2024-03-05 14:07:09').ToString('dddd, MMMM d')
### date method ToString('HH:mm:ss.fff')
([datetime]'2024-03-05 14:07:09').ToString('HH:mm:ss.fff')
### date method ToString('h:mm tt')
([datetime]'2024-03-05 14:07:09').ToString('h:mm tt')
### date method ToString('o')
([datetime]'2024-03-05 14:07:09').ToString('o')
### date method ToString('s')
([datetime]'2024-03-05 14:07:09').ToString('s')
### date method ToString('u')
([datetime]'2024-03-05 14:07:09').ToString('u')
### date method ToString('R')
([datetime]'2024-03-05 14:07:09').ToString('R')
### date method ToString('d')
([datetime]'2024-03-05 14:07:09').ToString('d')
### date method ToString('D')
([datetime]'2024-03-05 14:07:09').ToString('D')
### date method ToString('f')
([datetime]'2024-03-05 14:07:09').ToString('f')
### date method ToString('F')
([datetime]'2024-03-05 14:07:09').ToString('F')
### date method ToString('g')
([datetime]'2024-03-05 14:07:09').ToString('g')
### date method ToString('G')
([datetime]'2024-03-05 14:07:09').ToString('G')
### date method ToString('M')
([datetime]'2024-03-05 14:07:09').ToString('M')
### date method ToString('Y')
([datetime]'2024-03-05 14:07:09').ToString('Y')
### date method ToString('t')
([datetime]'2024-03-05 14:07:09').ToString('t')
### date method ToString('T')
([datetime]'2024-03-05 14:07:09').ToString('T')
### date method ToString('yy')
([datetime]'2024-03-05 14:07:09').ToString('yy')
### date method ToString('%d')
([datetime]'2024-03-05 14:07:09').ToString('%d')
### date method ToString('yyyyMMddHHmmss')
([datetime]'2024-03-05 14:07:09').ToString('yyyyMMddHHmmss')
### date method ToString("'Q'yyyy")
([datetime]'2024-03-05 14:07:09').ToString("'Q'yyyy")
### date method ToShortDateString()
([datetime]'2024-03-05 14:07:09').ToShortDateString()
### date method ToLongDateString()
([datetime]'2024-03-05 14:07:09').ToLongDateString()
### date method ToShortTimeString()
([datetime]'2024-03-05 14:07:09').ToShortTimeString()
### date method ToLongTimeString()
([datetime]'2024-03-05 14:07:09').ToLongTimeString()
### date method ToUniversalTime()
([datetime]'2024-03-05 14:07:09').ToUniversalTime()
### date method ToLocalTime()
([datetime]'2024-03-05 14:07:09').ToLocalTime()
### date method ToFileTimeUtc()
([datetime]'2024-03-05 14:07:09').ToFileTimeUtc()
### date method ToUniversalTime().Kind
([datetime]'2024-03-05 14:07:09').ToUniversalTime().Kind
### date method Subtract([datetime]'2024-01-01')
([datetime]'2024-03-05 14:07:09').Subtract([datetime]'2024-01-01')
### date method Subtract([timespan]'1:00')
([datetime]'2024-03-05 14:07:09').Subtract([timespan]'1:00')
### date method CompareTo([datetime]'2025-01-01')
([datetime]'2024-03-05 14:07:09').CompareTo([datetime]'2025-01-01')
### date method Equals([datetime]'2024-03-05 14:07:09')
([datetime]'2024-03-05 14:07:09').Equals([datetime]'2024-03-05 14:07:09')
### date method IsDaylightSavingTime()
([datetime]'2024-03-05 14:07:09').IsDaylightSavingTime()
### date method GetType().FullName
([datetime]'2024-03-05 14:07:09').GetType().FullName
### get-date format yyyy-MM-dd
Get-Date -Date '2024-03-05 14:07:09' -Format "yyyy-MM-dd"
### get-date format dd/MM/yyyy HH:mm
Get-Date -Date '2024-03-05 14:07:09' -Format "dd/MM/yyyy HH:mm"
### get-date format MMMM
Get-Date -Date '2024-03-05 14:07:09' -Format "MMMM"
### get-date format ddd
Get-Date -Date '2024-03-05 14:07:09' -Format "ddd"
### get-date format %h
Get-Date -Date '2024-03-05 14:07:09' -Format "%h"
### get-date format K
Get-Date -Date '2024-03-05 14:07:09' -Format "K"
### get-date format zzz
Get-Date -Date '2024-03-05 14:07:09' -Format "zzz"
### get-date format 'literal' yyyy
Get-Date -Date '2024-03-05 14:07:09' -Format "'literal' yyyy"
### get-date format FileDateTime
Get-Date -Date '2024-03-05 14:07:09' -Format FileDateTime
### get-date format FileDate
Get-Date -Date '2024-03-05 14:07:09' -Format FileDate
### get-date format FileDateUniversal
Get-Date -Date '2024-03-05 14:07:09' -Format FileDateUniversal
### get-date uformat
Get-Date -Date '2024-03-05 14:07:09' -UFormat '%Y-%m-%d %H:%M'
### get-date uformat s
Get-Date -Date '2024-03-05 14:07:09Z' -UFormat '%s'
### timespan [timespan]'1:02:03'
[timespan]'1:02:03'
### timespan [timespan]'1.02:03:04.5'
[timespan]'1.02:03:04.5'
### timespan [timespan]'00:00:00.001'
[timespan]'00:00:00.001'
### timespan [timespan]'-01:00:00'
[timespan]'-01:00:00'
### timespan [timespan]::FromMinutes(90)
[timespan]::FromMinutes(90)
### timespan [timespan]::FromDays(1.5)
[timespan]::FromDays(1.5)
### timespan [timespan]::FromSeconds(3661)
[timespan]::FromSeconds(3661)
### timespan [timespan]::FromMilliseconds(1)
[timespan]::FromMilliseconds(1)
### timespan [timespan]::Zero
[timespan]::Zero
### timespan [timespan]::new(1,2,3)
[timespan]::new(1,2,3)
### timespan [timespan]::new(1,2,3,4,5)
[timespan]::new(1,2,3,4,5)
### timespan New-TimeSpan -Hours 2 -Minutes 30
New-TimeSpan -Hours 2 -Minutes 30
### timespan New-TimeSpan -Start '2024-01-01' -End '2024-03-05'
New-TimeSpan -Start '2024-01-01' -End '2024-03-05'
### timespan New-TimeSpan -Days 400
New-TimeSpan -Days 400
### timespan [timespan]'25:00:00'
[timespan]'25:00:00'
### timespan [timespan]'1:02'
[timespan]'1:02'
### timespan [timespan]'7'
[timespan]'7'
### timespan [timespan]90
[timespan]90
### timespan [datetime]'2024-03-05' - [datetime]'2023-03-05'
[datetime]'2024-03-05' - [datetime]'2023-03-05'
### timespan ([datetime]'2024-03-05' - [datetime]'2024-03-01').TotalHours
([datetime]'2024-03-05' - [datetime]'2024-03-01').TotalHours
### timespan ([timespan]'1:30:00').TotalMinutes
([timespan]'1:30:00').TotalMinutes
### timespan ([timespan]'1:30:00').Minutes
([timespan]'1:30:00').Minutes
### timespan ([timespan]'1.02:03:04').Days
([timespan]'1.02:03:04').Days
### timespan ([timespan]'1:30:00').Ticks
([timespan]'1:30:00').Ticks
### timespan [timespan]'1:00' + [timespan]'0:30'
[timespan]'1:00' + [timespan]'0:30'
### timespan [timespan]'1:00' - [timespan]'2:00'
[timespan]'1:00' - [timespan]'2:00'
### timespan [timespan]'1:00' -lt [timespan]'0:59'
[timespan]'1:00' -lt [timespan]'0:59'
### timespan ([timespan]'1:02:03').ToString()
([timespan]'1:02:03').ToString()
### timespan ([timespan]'1:02:03').ToString('hh\:mm')
([timespan]'1:02:03').ToString('hh\:mm')
### timespan ([timespan]'1.02:03:04').ToString('c')
([timespan]'1.02:03:04').ToString('c')
### timespan ([timespan]'1.02:03:04.5').ToString('g')
([timespan]'1.02:03:04.5').ToString('g')
### timespan ([timespan]'1.02:03:04.5').ToString('G')
([timespan]'1.02:03:04.5').ToString('G')
### timespan ([timespan]'1:02:03').ToString('%h')
([timespan]'1:02:03').ToString('%h')
### timespan [timespan]'1:02:03' | Format-List
[timespan]'1:02:03' | Format-List
### timespan [timespan]'1:02:03' | ConvertTo-Json -Compress
[timespan]'1:02:03' | ConvertTo-Json -Compress
### timespan ([timespan]'1:00').Negate()
([timespan]'1:00').Negate()
### timespan ([timespan]'-1:00').Duration()
([timespan]'-1:00').Duration()
### timespan [timespan]'1:00' * 1.5
[timespan]'1:00' * 1.5
### timespan [timespan]'1:00' / 4
[timespan]'1:00' / 4
### timespan [timespan]::MaxValue
[timespan]::MaxValue
### timespan "$([timespan]'1:02:03')"
"$([timespan]'1:02:03')"
### timespan [pscustomobject]@{Elapsed=[timespan]'1:02:03'}
[pscustomobject]@{Elapsed=[timespan]'1:02:03'}
### timespan [timespan]'garbage'
[timespan]'garbage'
### misc [datetime]'2024-03-05' -lt [datetime]'2024-03-06'
[datetime]'2024-03-05' -lt [datetime]'2024-03-06'
### misc [datetime]'2024-03-05' -eq [datetime]'2024-03-05T00:00:00'
[datetime]'2024-03-05' -eq [datetime]'2024-03-05T00:00:00'
### misc ([datetime]'2024-03-05').AddDays(1) -gt [datetime]'2024-03-05'
([datetime]'2024-03-05').AddDays(1) -gt [datetime]'2024-03-05'
### misc [datetime]'2024-12-31' + (New-TimeSpan -Days 1)
[datetime]'2024-12-31' + (New-TimeSpan -Days 1)
### misc [datetime]'2024-03-05', [datetime]'2023-01-01', [datetime]'2025-06-01' | Sort-Object
[datetime]'2024-03-05', [datetime]'2023-01-01', [datetime]'2025-06-01' | Sort-Object
### misc [datetime]'2024-03-05', [datetime]'2023-01-01' | Measure-Object -Minimum -Maximum
[datetime]'2024-03-05', [datetime]'2023-01-01' | Measure-Object -Minimum -Maximum
### misc [datetime]::IsLeapYear(2024)
[datetime]::IsLeapYear(2024)
### misc [datetime]::DaysInMonth(2024, 2)
[datetime]::DaysInMonth(2024, 2)
### misc [datetime]'2024-01-31' | Get-Member -MemberType Property | Select-Object -First 3 -ExpandProperty Name
[datetime]'2024-01-31' | Get-Member -MemberType Property | Select-Object -First 3 -ExpandProperty Name
### misc [datetime]'2024-03-05' | Get-Date -Format 'yyyy'
[datetime]'2024-03-05' | Get-Date -Format 'yyyy'
### misc '2024-03-05' -as [datetime] -is [datetime]
'2024-03-05' -as [datetime] -is [datetime]
### misc [datetime]'2024-03-05' -is [valuetype]
[datetime]'2024-03-05' -is [valuetype]
### misc [datetime]::SpecifyKind([datetime]'2024-03-05', 'Utc').Kind
[datetime]::SpecifyKind([datetime]'2024-03-05', 'Utc').Kind
### misc [datetime]::UtcNow -is [datetime]
[datetime]::UtcNow -is [datetime]
### misc ([datetime]'2024-03-05').DayOfWeek -eq 'Tuesday'
([datetime]'2024-03-05').DayOfWeek -eq 'Tuesday'
### misc [int]([datetime]'2024-03-05').DayOfWeek
[int]([datetime]'2024-03-05').DayOfWeek
### misc [DayOfWeek]::Friday
[DayOfWeek]::Friday
### misc [DayOfWeek]5
[DayOfWeek]5
### misc [datetime]'2024-03-05 14:07:09.5' | Select-Object -ExpandProperty Millisecond
[datetime]'2024-03-05 14:07:09.5' | Select-Object -ExpandProperty Millisecond
### misc [datetime]::FromFileTimeUtc(0)
[datetime]::FromFileTimeUtc(0)
### misc [datetime]'1970-01-01' + [timespan]::FromSeconds(1700000000)
[datetime]'1970-01-01' + [timespan]::FromSeconds(1700000000)
### misc [DateTimeOffset]::FromUnixTimeSeconds(1700000000)
[DateTimeOffset]::FromUnixTimeSeconds(1700000000)
### misc [DateTimeOffset]::FromUnixTimeSeconds(1700000000).UtcDateTime
[DateTimeOffset]::FromUnixTimeSeconds(1700000000).UtcDateTime
### misc ([datetimeoffset]'2024-03-05T14:07:09+02:00').Offset
([datetimeoffset]'2024-03-05T14:07:09+02:00').Offset
### misc [System.TimeZoneInfo]::Utc.Id
[System.TimeZoneInfo]::Utc.Id
