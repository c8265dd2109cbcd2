// Name pools by culture. Data, not logic: each culture has given names and family names (native
// spelling, plus a romanisation where the script is not Latin), how a display name is ordered,
// and where such people work. Russian family names are listed in the masculine form; the
// generator adds the feminine ending for feminine given names (marked 'f').

export type NamePart = readonly [native: string, roman?: string, gender?: 'f'];

export interface Culture {
  key: string;
  language: string;
  country: string;
  /** ISO 3166 alpha-2 (the `c` property) and numeric (CountryCode). */
  c: string;
  countryCode: number;
  /** Family name first in the display name (East Asian, Hungarian, Vietnamese order). */
  familyFirst: boolean;
  /** Between the name parts in a display name ('' for Chinese). */
  joiner: string;
  cities: ReadonlyArray<readonly [city: string, state: string, postalCode: string]>;
  phonePrefix: string;
  given: readonly NamePart[];
  family: readonly NamePart[];
}

const latin = (names: string): NamePart[] => names.split(',').map((n) => [n.trim()] as const);

export const CULTURES: readonly Culture[] = [
  {
    key: 'en-US', language: 'en-US', country: 'United States', c: 'US', countryCode: 840, familyFirst: false, joiner: ' ',
    cities: [['Redmond', 'WA', '98052'], ['Seattle', 'WA', '98101'], ['New York', 'NY', '10001'], ['Chicago', 'IL', '60601'], ['Austin', 'TX', '73301'], ['Boston', 'MA', '02108'], ['Denver', 'CO', '80202']],
    phonePrefix: '+1 425 555 ',
    given: latin('James, Mary, Robert, Patricia, John, Jennifer, Michael, Linda, David, Elizabeth, William, Barbara, Richard, Susan, Joseph, Jessica, Thomas, Sarah, Charles, Karen, Christopher, Nancy, Daniel, Lisa, Matthew, Betty, Anthony, Margaret, Mark, Sandra, Steven, Ashley, Paul, Emily, Andrew, Donna, Joshua, Michelle, Kevin, Amanda, Brian, Melissa, DeShawn, Renée, Chloë'),
    family: latin("Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez, Wilson, Anderson, Taylor, Moore, Jackson, Martin, Lee, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Green, O'Brien, McDonald, O'Connor, Nguyen, Kim"),
  },
  {
    key: 'en-GB', language: 'en-GB', country: 'United Kingdom', c: 'GB', countryCode: 826, familyFirst: false, joiner: ' ',
    cities: [['London', 'Greater London', 'EC1A 1BB'], ['Manchester', 'Greater Manchester', 'M1 1AE'], ['Edinburgh', 'Scotland', 'EH1 1YZ'], ['Bristol', 'Bristol', 'BS1 4DJ'], ['Cardiff', 'Wales', 'CF10 1EP']],
    phonePrefix: '+44 20 7946 ',
    given: latin('Oliver, Amelia, Harry, Isla, George, Ava, Jack, Emily, Charlie, Sophie, Noah, Grace, Alfie, Poppy, Freddie, Evie, Siobhán, Niamh, Rhys, Ffion, Seán'),
    family: latin("Taylor, Evans, Davies, Wright, Walker, Hughes, Edwards, Green, Hall, Wood, Clarke, Patel, Khan, Thomas, Roberts, Jones, O'Sullivan, MacLeod, Ó Briain, Llewellyn"),
  },
  {
    key: 'de-DE', language: 'de-DE', country: 'Germany', c: 'DE', countryCode: 276, familyFirst: false, joiner: ' ',
    cities: [['Berlin', 'Berlin', '10115'], ['München', 'Bayern', '80331'], ['Köln', 'Nordrhein-Westfalen', '50667'], ['Hamburg', 'Hamburg', '20095'], ['Düsseldorf', 'Nordrhein-Westfalen', '40213'], ['Frankfurt am Main', 'Hessen', '60311']],
    phonePrefix: '+49 30 901820',
    given: latin('Lukas, Jürgen, Jörg, Günter, Sabine, Ursula, Björn, Käthe, Maximilian, Anna, Lena, Felix, Jonas, Sophie, Claudia, Andreas, Stefan, Petra, Jürgen, Mia, Hannah, Leonie, Matthias, Uwe'),
    family: latin('Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schröder, Krüger, Köhler, Weiß, Groß, Böhm, Jäger, Schäfer, Koch, Bauer, Zimmermann, Hübner, Vogel'),
  },
  {
    key: 'fr-FR', language: 'fr-FR', country: 'France', c: 'FR', countryCode: 250, familyFirst: false, joiner: ' ',
    cities: [['Paris', 'Île-de-France', '75001'], ['Lyon', 'Auvergne-Rhône-Alpes', '69001'], ['Marseille', "Provence-Alpes-Côte d'Azur", '13001'], ['Toulouse', 'Occitanie', '31000'], ['Nantes', 'Pays de la Loire', '44000']],
    phonePrefix: '+33 1 70 18 ',
    given: latin('Zoë, Chloé, Léa, Camille, Hélène, Amélie, François, Jérôme, Benoît, Cédric, Gaëlle, Loïc, Noël, Anaïs, Théo, Raphaël, Mathéo, Élodie, Inès, Joël, Océane, Clément'),
    family: latin('Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Lefèvre, Mercier, Girard, Bonnet, Gauthier, Dupré, Faure, Rousseau, Benoît, Lemaître, Pâris, Chevalier, Fontaine'),
  },
  {
    key: 'es-ES', language: 'es-ES', country: 'Spain', c: 'ES', countryCode: 724, familyFirst: false, joiner: ' ',
    cities: [['Madrid', 'Madrid', '28001'], ['Barcelona', 'Cataluña', '08001'], ['Sevilla', 'Andalucía', '41001'], ['València', 'Comunidad Valenciana', '46001'], ['Bilbao', 'País Vasco', '48001']],
    phonePrefix: '+34 91 123 ',
    given: latin('José, María, Jesús, Lucía, Martín, Álvaro, Sofía, Iñaki, Begoña, Nuño, Ramón, Inés, Ángel, Raúl, Andrés, Mónica, Javier, Carmen, Pilar, Sergio'),
    family: latin('García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Jiménez, Muñoz, Álvarez, Iglesias, Peña, Ibáñez, Núñez, Ortega, Castaño, Zúñiga'),
  },
  {
    key: 'pl-PL', language: 'pl-PL', country: 'Poland', c: 'PL', countryCode: 616, familyFirst: false, joiner: ' ',
    cities: [['Warszawa', 'mazowieckie', '00-001'], ['Kraków', 'małopolskie', '30-001'], ['Łódź', 'łódzkie', '90-001'], ['Wrocław', 'dolnośląskie', '50-001'], ['Gdańsk', 'pomorskie', '80-001']],
    phonePrefix: '+48 22 123 ',
    given: latin('Łukasz, Paweł, Michał, Wojciech, Małgorzata, Agnieszka, Katarzyna, Grzegorz, Bartłomiej, Żaneta, Zbigniew, Jędrzej, Dorota, Ewa, Tomasz, Zofia, Ślęża'),
    family: latin('Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jabłoński, Mazur, Król, Łukasiewicz, Żółkiewski'),
  },
  {
    key: 'da-DK', language: 'da-DK', country: 'Denmark', c: 'DK', countryCode: 208, familyFirst: false, joiner: ' ',
    cities: [['København', 'Hovedstaden', '1050'], ['Aarhus', 'Midtjylland', '8000'], ['Odense', 'Syddanmark', '5000'], ['Aalborg', 'Nordjylland', '9000'], ['Ærøskøbing', 'Syddanmark', '5970']],
    phonePrefix: '+45 33 12 ',
    given: latin('Søren, Mette, Jørgen, Bjørn, Åse, Frederik, Kirsten, Rasmus, Signe, Mads, Freja, Anders, Sølvi, Torbjørn, Ærtebjerg, Astrid'),
    family: latin('Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Mølgaard, Østergaard, Kjær, Bækgaard, Ærø, Frøstrup'),
  },
  {
    key: 'sv-SE', language: 'sv-SE', country: 'Sweden', c: 'SE', countryCode: 752, familyFirst: false, joiner: ' ',
    cities: [['Stockholm', 'Stockholms län', '111 20'], ['Göteborg', 'Västra Götalands län', '411 01'], ['Malmö', 'Skåne län', '211 20'], ['Uppsala', 'Uppsala län', '753 20']],
    phonePrefix: '+46 8 123 ',
    given: latin('Åsa, Björn, Göran, Märta, Örjan, Linnéa, Elin, Oskar, Ingrid, Håkan, Maja, Sixten'),
    family: latin('Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Söderberg, Åberg, Öberg, Lindström, Ström, Ekström'),
  },
  {
    key: 'sr-RS', language: 'sr-Latn-RS', country: 'Serbia', c: 'RS', countryCode: 688, familyFirst: false, joiner: ' ',
    cities: [['Beograd', 'Beograd', '11000'], ['Novi Sad', 'Vojvodina', '21000'], ['Niš', 'Nišavski okrug', '18000']],
    phonePrefix: '+381 11 123 ',
    given: latin('Đorđe, Dragana, Željko, Miloš, Jovana, Nikola, Ivana, Dušan, Srđan, Mirjana, Vuk, Ljiljana'),
    family: latin('Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Živković, Pavlović, Kovačević, Šarić, Čolić'),
  },
  {
    key: 'cs-CZ', language: 'cs-CZ', country: 'Czechia', c: 'CZ', countryCode: 203, familyFirst: false, joiner: ' ',
    cities: [['Praha', 'Hlavní město Praha', '110 00'], ['Brno', 'Jihomoravský kraj', '602 00']],
    phonePrefix: '+420 2 1234 ',
    given: latin('Jiří, Tomáš, Lenka, Petr, Markéta, Zdeněk, Kateřina, Ondřej, Věra'),
    family: latin('Novák, Svoboda, Dvořák, Černý, Procházka, Kučera, Veselý, Horáková, Růžička'),
  },
  {
    key: 'nl-NL', language: 'nl-NL', country: 'Netherlands', c: 'NL', countryCode: 528, familyFirst: false, joiner: ' ',
    cities: [['Amsterdam', 'Noord-Holland', '1012 AB'], ['Rotterdam', 'Zuid-Holland', '3011 AA'], ['Utrecht', 'Utrecht', '3511 AA']],
    phonePrefix: '+31 20 123 ',
    given: latin('Daan, Sanne, Bram, Fleur, Sven, Eline, Thijs, Anouk, Joëlle, Ruud'),
    family: latin('de Vries, van den Berg, Bakker, Janssen, van Dijk, de Jong, Visser, Smit, van der Meer, Meijer'),
  },
  {
    key: 'pt-BR', language: 'pt-BR', country: 'Brazil', c: 'BR', countryCode: 76, familyFirst: false, joiner: ' ',
    cities: [['São Paulo', 'SP', '01000-000'], ['Rio de Janeiro', 'RJ', '20000-000'], ['Belo Horizonte', 'MG', '30100-000']],
    phonePrefix: '+55 11 3123 ',
    given: latin('João, Conceição, Sebastião, Gonçalo, Luíza, Thiago, Letícia, Vinícius, Caio, Beatriz, Antônio, Márcia'),
    family: latin('Silva, Santos, Oliveira, Souza, Conceição, Gonçalves, Araújo, Simões, Magalhães, Assunção, Lima, Brandão'),
  },
  {
    key: 'tr-TR', language: 'tr-TR', country: 'Türkiye', c: 'TR', countryCode: 792, familyFirst: false, joiner: ' ',
    cities: [['İstanbul', 'İstanbul', '34000'], ['Ankara', 'Ankara', '06000'], ['İzmir', 'İzmir', '35000']],
    phonePrefix: '+90 212 123 ',
    given: latin('Çağla, Gökhan, Şükrü, Ömer, Ayşe, İbrahim, Özlem, Barış, Elif, Emre, Ümit, Gülşen'),
    family: latin('Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın, Arslan, Doğan, Kılıç, Güneş'),
  },
  {
    key: 'vi-VN', language: 'vi-VN', country: 'Vietnam', c: 'VN', countryCode: 704, familyFirst: true, joiner: ' ',
    cities: [['Hà Nội', 'Hà Nội', '100000'], ['Thành phố Hồ Chí Minh', 'Hồ Chí Minh', '700000'], ['Đà Nẵng', 'Đà Nẵng', '550000']],
    phonePrefix: '+84 24 3123 ',
    given: latin('Anh, Bảo, Châu, Dũng, Hà, Hùng, Lan, Linh, Minh, Ngọc, Phương, Quân, Thảo, Tuấn, Việt, Yến, Thị Hương, Văn Đức'),
    family: latin('Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ'),
  },
  {
    key: 'ru-RU', language: 'ru-RU', country: 'Russia', c: 'RU', countryCode: 643, familyFirst: false, joiner: ' ',
    cities: [['Москва', 'Москва', '101000'], ['Санкт-Петербург', 'Санкт-Петербург', '190000'], ['Новосибирск', 'Новосибирская область', '630000']],
    phonePrefix: '+7 495 123 ',
    given: [['Ольга', 'olga', 'f'], ['Иван', 'ivan'], ['Дмитрий', 'dmitry'], ['Наталья', 'natalya', 'f'], ['Сергей', 'sergey'], ['Анна', 'anna', 'f'], ['Алексей', 'alexey'], ['Екатерина', 'ekaterina', 'f'], ['Михаил', 'mikhail'], ['Татьяна', 'tatyana', 'f'], ['Юлия', 'yulia', 'f'], ['Андрей', 'andrey']],
    family: [['Иванов', 'ivanov'], ['Смирнов', 'smirnov'], ['Кузнецов', 'kuznetsov'], ['Попов', 'popov'], ['Соколов', 'sokolov'], ['Лебедев', 'lebedev'], ['Козлов', 'kozlov'], ['Новиков', 'novikov'], ['Морозов', 'morozov'], ['Волков', 'volkov']],
  },
  {
    key: 'ja-JP', language: 'ja-JP', country: 'Japan', c: 'JP', countryCode: 392, familyFirst: true, joiner: ' ',
    cities: [['東京', '東京都', '100-0001'], ['大阪', '大阪府', '530-0001'], ['横浜', '神奈川県', '220-0001'], ['札幌', '北海道', '060-0001']],
    phonePrefix: '+81 3 1234 ',
    given: [['太郎', 'taro'], ['花子', 'hanako'], ['健太', 'kenta'], ['結衣', 'yui'], ['翔太', 'shota'], ['美咲', 'misaki'], ['大輔', 'daisuke'], ['陽菜', 'hina'], ['直樹', 'naoki'], ['さくら', 'sakura'], ['蓮', 'ren'], ['葵', 'aoi']],
    family: [['山田', 'yamada'], ['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka'], ['伊藤', 'ito'], ['渡辺', 'watanabe'], ['中村', 'nakamura'], ['小林', 'kobayashi'], ['加藤', 'kato']],
  },
  {
    key: 'zh-CN', language: 'zh-CN', country: 'China', c: 'CN', countryCode: 156, familyFirst: true, joiner: '',
    cities: [['上海', '上海市', '200000'], ['北京', '北京市', '100000'], ['深圳', '广东省', '518000'], ['成都', '四川省', '610000']],
    phonePrefix: '+86 21 6123 ',
    given: [['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['磊', 'lei'], ['洋', 'yang'], ['艳', 'yan'], ['勇', 'yong'], ['杰', 'jie'], ['晓明', 'xiaoming'], ['丽娟', 'lijuan']],
    family: [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou']],
  },
  {
    key: 'ko-KR', language: 'ko-KR', country: 'Korea', c: 'KR', countryCode: 410, familyFirst: true, joiner: ' ',
    cities: [['서울', '서울특별시', '04524'], ['부산', '부산광역시', '48058']],
    phonePrefix: '+82 2 1234 ',
    given: [['민준', 'minjun'], ['서연', 'seoyeon'], ['지훈', 'jihun'], ['하은', 'haeun'], ['도윤', 'doyun'], ['수아', 'sua']],
    family: [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung']],
  },
  {
    key: 'el-GR', language: 'el-GR', country: 'Greece', c: 'GR', countryCode: 300, familyFirst: false, joiner: ' ',
    cities: [['Αθήνα', 'Αττική', '105 52'], ['Θεσσαλονίκη', 'Κεντρική Μακεδονία', '546 21']],
    phonePrefix: '+30 21 0123 ',
    given: [['Γιώργος', 'giorgos'], ['Μαρία', 'maria'], ['Νίκος', 'nikos'], ['Ελένη', 'eleni'], ['Δημήτρης', 'dimitris'], ['Κατερίνα', 'katerina']],
    family: [['Παπαδόπουλος', 'papadopoulos'], ['Παπαδάκη', 'papadaki'], ['Οικονόμου', 'oikonomou'], ['Γεωργίου', 'georgiou']],
  },
  {
    key: 'en-IN', language: 'en-IN', country: 'India', c: 'IN', countryCode: 356, familyFirst: false, joiner: ' ',
    cities: [['Bengaluru', 'Karnataka', '560001'], ['Mumbai', 'Maharashtra', '400001'], ['Hyderabad', 'Telangana', '500001'], ['Pune', 'Maharashtra', '411001']],
    phonePrefix: '+91 80 4123 ',
    given: latin('Aarav, Priya, Rohan, Ananya, Vikram, Deepika, Arjun, Kavya, Siddharth, Meera, Rahul, Sneha'),
    family: latin('Sharma, Patel, Singh, Kumar, Gupta, Iyer, Reddy, Nair, Chatterjee, Desai, Menon, Banerjee'),
  },
];

/** Weights of cultures per tenant (culture key → weight). */
export const CULTURE_MIX: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  contoso: [['en-US', 30], ['en-GB', 8], ['de-DE', 8], ['fr-FR', 7], ['es-ES', 5], ['pl-PL', 4], ['da-DK', 3], ['sv-SE', 3], ['sr-RS', 2], ['cs-CZ', 2], ['nl-NL', 3], ['pt-BR', 3], ['tr-TR', 2], ['vi-VN', 3], ['ru-RU', 3], ['ja-JP', 5], ['zh-CN', 4], ['ko-KR', 2], ['el-GR', 1], ['en-IN', 6]],
  fabrikam: [['en-US', 50], ['de-DE', 15], ['fr-FR', 10], ['ja-JP', 8], ['es-ES', 7], ['pl-PL', 5], ['vi-VN', 5]],
  tailspin: [['da-DK', 40], ['sv-SE', 25], ['en-GB', 20], ['de-DE', 15]],
};

export const DEPARTMENTS: ReadonlyArray<readonly [name: string, titles: readonly string[], weight: number]> = [
  ['Sales', ['Account Executive', 'Sales Manager', 'Sales Representative', 'Regional Sales Director'], 18],
  ['Marketing', ['Marketing Specialist', 'Content Strategist', 'Brand Manager', 'Marketing Director'], 8],
  ['Finance', ['Accountant', 'Financial Analyst', 'Controller', 'Payroll Specialist'], 7],
  ['Human Resources', ['HR Business Partner', 'Recruiter', 'HR Generalist'], 4],
  ['Engineering', ['Software Engineer', 'Senior Software Engineer', 'Principal Engineer', 'Engineering Manager', 'QA Engineer'], 20],
  ['Research & Development', ['Research Scientist', 'Lab Technician', 'R&D Manager'], 6],
  ['Legal', ['Counsel', 'Paralegal', 'General Counsel'], 2],
  ['Operations', ['Operations Manager', 'Logistics Coordinator', 'Supply Chain Analyst'], 10],
  ['IT', ['Systems Administrator', 'Service Desk Analyst', 'Network Engineer', 'IT Manager'], 6],
  ['Customer Support', ['Support Engineer', 'Customer Success Manager', 'Support Team Lead'], 12],
  ['Procurement', ['Buyer', 'Procurement Manager'], 3],
  ['Facilities', ['Facilities Coordinator', 'Office Manager'], 2],
  ['Executive', ['Chief Executive Officer', 'Chief Financial Officer', 'Chief Technology Officer', 'Executive Assistant'], 1],
];

export const SHARED_MAILBOX_NAMES: readonly string[] = [
  'Info', 'Sales Team', 'Accounts Payable', 'Accounts Receivable', 'Support', 'Support - EMEA', 'Support - APAC',
  'HR Enquiries', 'Recruiting', 'Marketing Events', 'Press Office', 'Legal Notices', 'IT Service Desk',
  'Facilities Requests', 'Procurement Orders', 'Payroll', 'Customer Feedback', 'Partner Programme', 'Careers',
  'Invoices', 'Travel Desk', 'Réception', 'Kundenservice', 'Atención al Cliente', 'Büro München', '総務部', 'Obsługa Klienta',
];

export const ROOM_NAMES: readonly string[] = [
  'Aurora', 'Borealis', 'Cascade', 'Denali', 'Everest', 'Fuji', 'Galápagos', 'Halong', 'Içmeler', 'Jökulsárlón',
  'Kilimanjaro', 'Lofoten', 'Matterhorn', 'Nordkapp', 'Olympus', 'Patagonia', 'Québec', 'Rainier', 'Sahara', 'Tromsø',
  'Uluru', 'Vesuvio', 'Wakatipu', 'Yosemite', 'Zugspitze', 'Boardroom', 'Training Room', 'Huddle',
];

export const EQUIPMENT_NAMES: readonly string[] = [
  'Projector', 'Pool Car', 'Video Kit', 'Laptop Loaner', 'Demo Tablet', 'Podcast Studio', 'Camera Kit', 'Van',
];

export const EXTERNAL_DOMAINS: readonly string[] = [
  'gmail.com', 'outlook.com', 'yahoo.co.jp', 'web.de', 'orange.fr', 'proton.me', 'icloud.com', 'gmx.de', 'wp.pl',
  'northwindtraders.com', 'adventure-works.com', 'wingtiptoys.com', 'litwareinc.com', 'woodgrovebank.com',
];

export const SUBJECTS: readonly string[] = [
  'Quarterly results', 'Re: Invoice 4471', 'Meeting notes', 'Fw: Contract draft', 'Lunch on Friday?', 'Project update',
  'Budget review 2027', 'Welcome aboard!', 'Your order has shipped', 'Re: Re: Schedule change', 'Angebot Nr. 2026-118',
  'Réunion de lundi', 'Reunión de equipo', 'Spotkanie zespołu', '会議のお知らせ', '项目进度报告', 'Отчёт за неделю',
  'Mødeindkaldelse', 'Holiday schedule', 'Security alert', 'Password expiry notice', 'Newsletter — November', 'Action required: timesheet',
];
