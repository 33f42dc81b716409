# -*- coding: utf-8 -*-
"""Hand-written members of the public (general_public), part B. One line each: display name|bio.
Includes people who write their names in styled letters or other scripts, empty bios, and bios that use words
like help, support, jobs, refund or appeal innocently. All people are invented."""

PUBLIC_B = """
𝓙𝓮𝓼𝓼 𝓗𝓪𝔂𝓮𝓼|living my best life ✨ leeds ➡️ manchester
𝐊𝐚𝐲𝐥𝐞𝐢𝐠𝐡 𝐁|lash tech 💅 bookings open
ᴍᴀʀᴄᴜs ᴅᴇᴀɴ|photographer. film & digital.
Ｙｕｋｉ|art student. cats. ramen.
𝕵𝖆𝖈𝖐 𝕽𝖔𝖜𝖊|tattoo artist. walk-ins fridays.
𝙰𝚖𝚢 𝚂𝚝𝚘𝚗𝚎|coder. coffee. cats.
Δημήτρης Παπαδόπουλος|Greek in London. Chef. Σουβλάκι and football.
Олена Коваленко|Українка в Шеффілді. Mum and translator. Slava Ukraini 💙💛
Αλεξάνδρα|student nurse, athens ➡️ kingston. views my own
Иван Петров|engineer. chess. running.
محمد علي|Father, shopkeeper, Walsall. Football on weekends.
王小明|PhD student in Southampton. Marine biology.
Marta Kowalczyk|Polka w Anglii. Mama, fryzjerka, Wolverhampton.
Σοφία Γεωργίου|Cypriot in Hillingdon. Bakery owner.
Андрій|driver. Ukraine ➡️ UK. grateful to everyone who helped us.
Nkosi Dlamini|South African nurse in the UK. Proud of my journey. Views my own.
Maria Santos|Filipino nurse (personal). Faith, family, karaoke 🎤
Anjali Menon|Kerala ➡️ England. Nurse. Passed OSCE first time, shout out to my study group!
Chidi Okonkwo|Came to the UK as a carer in 2022. Now a senior carer. Keep pushing.
Rosa Fernández|Spanish physio in Sheffield. Paella > everything.
Tomasz Zieliński|Builder. Family man. Dudley.
Ahmed Farouk|Support worker (personal account). Football and family.
Jo Support Worker|Yes that's my nickname at work. Mum, carer, reader.
Refund Ron|My mates call me this because I always return stuff to shops. Retired, Glossop.
Help-a-Hedgehog Hayley|Hedgehog rescue volunteer. Hogs need help in autumn!
Appeal Court Reporter (Retired)|Forty years reporting on courts. Now I report on my garden.
Jobs for Bolly|Community page sharing local vacancies in Bollington shops and pubs. Always apply direct.
Dr Who Fan Dave|Not a real doctor. Just a Whovian.
Nurse Ratched's Cat|Parody cat account. Meow. Not affiliated with anything.
The Real Steve|There are lots of Steves. I'm the real one. Plumber.
Official Nan|Grandma to 7. Official title.
Helpdesk Harry|IT helpdesk worker. Have you tried turning it off and on again?
Katie Care Assistant|Care home worker. Residents are my second family.
Ward 7 Survivor|Spent 3 months in hospital in 2023. Recovering, writing about it. Not medical advice.
Kidney Warrior Sam|Dialysis three times a week. Waiting for a transplant. Sign the donor register!
Transplant Tina|Got my new liver in 2021 ❤️ Organ donation saves lives.
Type 1 Tom|Living with T1 diabetes since age 6. Sharing what works for me.
Crohns Chloe|Crohn's disease, ostomy bag, still living life 💪
MS Mike|Multiple sclerosis. Walking aid. Still going.
Long Covid Lou|Two years of long covid. Pacing. Hoping.
Sober Sarah|3 years sober. One day at a time.
Dementia Daughter|Caring for Mum with Alzheimer's. Sharing the journey.
Autism Mum Anna|Mum to an amazing autistic boy. Advocate.
ADHD Adam|Diagnosed at 32. Finally makes sense.
Stoma Steve|Living with a stoma. Breaking the taboo.
Grief Journal|Lost my husband last year. Writing helps.
Cancer Dad|Stage 3 bowel cancer, chemo round 6. Dad of 2. Fighting.
Heart Mum|Mum to a heart warrior born with HLHS. Three surgeries and counting.
Premmie Parents Group|Peer support for parents of premature babies. Not medical advice. Run by parents.
Stroke Club Sefton|Social club for stroke survivors and families. Wednesdays at the community centre.
Parkinson's Walkers|Walking group for people with Parkinson's and their families.
Hearing Loss Hannah|Deaf since birth. BSL user. Accessibility matters.
Wheelchair Will|Wheelchair user. Reviewing accessible places to visit.
Blind Bob Walks|Guide dog owner. My dog Bess does the work.
NHS Baby 1990|Born in an NHS hospital, proud of it. Accountant.
Thank You NHS Jean|After my op last year I just want to say thank you to every nurse, porter and cleaner.
Ex-NHS Brian|Worked in hospital IT 20 years. Retired to the coast.
Hospital Food Critic|Reviewing hospital meals with love. Jelly ratings out of 10.
Parking Moaner|Complaining about car parks everywhere. Hospitals, supermarkets, you name it.
Bedpan Bingo|Former nurse, now comedian. Jokes about the job, no patients.
Scrubs and Sneakers|Theatre practitioner (personal). Running, trainers, more trainers.
Midwife Mum Hels|Retired midwife, mum of three, caught 2,000 babies. Personal account.
Ambulance Wife|Married to a paramedic. Dinners reheated 3 times.
Porter's Daughter|My dad was a porter for 30 years. Sharing his stories.
The Hospital Cleaner|I clean wards. Proud of it. Nights.
Locum Life|Locum pharmacist. Different town every week. Personal account.
Agency Nurse Diaries|Agency nurse (personal). Different ward every shift.
Ben the Paramedic's Brother|Not a paramedic. Just his brother. Football.
Nan & Grandad Fundraise|We're walking 100 miles for the hospice that cared for our Sam. Donate via our JustGiving.
Charlie's Marathon|Running London for a heart charity after my dad's surgery. Fundraising page in link.
Shave for Sophie|Shaving my head for a children's cancer charity. Every pound counts!
Walk for Wards|Family fundraiser walking the Pennine Way for our local hospital's children's ward. Funds go to the official charity.
Tea for Tess|Coffee mornings in memory of Tess, raising money for a hospice. Organised with the hospice's fundraising team.
Karen's Kilo Challenge|Losing 50kg and raising money for a diabetes charity. Official JustGiving in bio.
Cupcakes for Cancer|Bake sales every month for a cancer charity. Registered charity's page linked.
Emma Raikes|Civil servant. Cyclist. Mum.
Joe Gregory|Retired miner. Pigeon racing.
Sana Malik|Optometrist (personal). Books. Travel.
Rhys Griffiths|Teacher. Welsh rugby. Music.
Isabelle Fontaine|French teacher in Southampton. Croissants.
Gordon McLeod|Scottish. Retired. Golf.
Anita Banerjee|HR manager. Mum. Dancer.
Jonny Flynn|Bartender. Cocktails. Football.
Sheila Ramsbottom|Widow. Gardener. Church.
Amir Shah|Medical student, 3rd year (own views, not advice).
Kelly Marsden|Hairdresser. Wigan.
Tom Sutherland|Photographer. Lake District.
Precious Moyo|Care worker from Zimbabwe. Faith and family.
Stan Wilkinson|Retired. Model boats.
Leah Goldstein|Teacher. Manchester. Challah baker.
Fraser Quinn|Journalist (freelance). Health and science.
Sophie Banks|Mum of twins. Running on coffee.
Derek Ollerenshaw|Allotment society chairman.
Ifrah Abdi|Student. Social work. Somali-British.
Clive Parkinson|Retired teacher. Jazz.
Amanda Gill|Pharmacy technician (personal). Baking.
Ricky Stott|Builder. Oldham.
Fiona Henshaw|Dog trainer.
Usman Tariq|Engineer. Family. Cricket.
Lorraine Pickup|Mum. Cleaner. Survivor.
Harriet Ogden|Archaeologist. Digging things up.
Vince Mather|Roofer. Bury.
Jasmine Patel|Dental hygienist (own views).
Neil Ashworth|Headteacher. Views my own.
Chelsea Ryder|Beauty blogger. PR samples marked.
Omar Siddiqui|Data scientist. Manchester.
Judith Kenworthy|Parish councillor. Glossop.
Sam Whittaker|Landscape gardener.
Natasha Ivanova|Dancer. Manchester.
Bryan Cartwright|Pigeon fancier. Ashton.
Megan O'Brien|Nursing student (personal). Tameside placements.
Simon Hewitt|Brewer. Marple.
Layla Ahmed|Fashion student. Manchester Met.
Cath Holt|Primary teacher. Stalybridge.
Mikey Nolan|Plasterer. Denton.
Gwen Arrowsmith|Retired. Holidays and grandchildren.
Paul Jennings|Driving instructor. Hyde.
Ayesha Rahman|Radiography student (personal). Salford.
Frankie Dawes|Drag queen. Manchester Village.
Veronica Platt|Care worker. Mossley.
Kieran Hurst|Police officer (personal). Views my own.
Rosemary Fitton|Knitter. Crocheter. Maker.
Lewis Birch|Barber. Ashton.
Carla Mendes|Portuguese nurse in Manchester. Fado and football.
Arthur Pilling|Retired engineer. WW2 history.
Ellie Sharples|Dancer. Teacher. Glossop.
Zain Qureshi|Lawyer. Cricket.
Mary Brennan|Irish dancing teacher.
Hollie Ashton|Nail tech. Hyde.
Geoff Swift|Retired GP (now just a grandad). Not advice.
Bethany Royle|Student midwife, views my own.
Nasir Uddin|Restaurant owner. Best curry in Ashton (biased).
Lynne Holden|Volunteer at the hospice shop.
Carl Massey|Forklift driver. Wigan Warriors.
Shauna Kelly|Make-up artist. Southport.
Tony Rimmer|Golf. Birkdale. Retired.
Karen Ashurst|Teaching assistant. Ormskirk.
Lee Cunliffe|Personal trainer. St Helens.
Amy Dwyer|Mum. Nurse (personal). Everton.
Pat Molyneux|Retired docker. Liverpool.
Hannah Seddon|Speech therapist (personal). Views mine.
Jordan Heyes|Student. Edge Hill. Film.
Leanne Bolton|Carer. Knowsley.
Frank Halsall|Retired. Bowls.
Kerry Marsh|Dog groomer. Formby.
Rob Leatherbarrow|Joiner. Prescot.
Sue Spencer|Hospital chaplaincy volunteer. Listening ear.
Harun Miah|Student pharmacist. Liverpool.
Jade Rigby|Hairdresser. Widnes.
Neville Hughes|Retired. Family history.
Abbie Gerrard|Makeup. Prom season!
Gerry Devine|Taxi. Southport.
Lisa Twist|School cook. Southport.
Mark Yates|Bus driver. St Helens.
Zoe Hesketh|Artist. Southport.
Ian Kirkby|Plumber. Ormskirk.
Dawn Heyes|Nana. Church. Bingo.
Keith Roughley|St Helens Town FC.
Michelle Appleton|HR. Mum. Runner.
Olly Hart|Student. Kingston Uni. Music.
Seo-yeon Lee|New Malden. Nail salon owner.
Charles Winthrop|Retired banker. Golf. Surbiton.
Meera Joshi|Pharmacist (own views). Kingston.
Tom Fairbanks|Rower. Kingston RC.
Lucy Drummond|Mum of 2. Richmond.
Jason Oke|Personal trainer. Surbiton.
Alice Vaughan|Midwife (personal account). Cycling.
Ben Harlow|Teacher. Kingston.
Nina Petrova|Ballet teacher. Kingston.
Harry Fenwick|Student. Surbiton.
Sarah Lowther|Veterinary nurse.
Jim Hawkins|Retired postman. Tolworth.
Priti Shah|Accountant. Mum. New Malden.
George Okoye|Security guard. Kingston.
Emily Sharpe|Student nurse (personal). Kingston Uni.
Liz Thornbury|Gardener. Ham.
Aidan Burke|Builder. Chessington.
Yasmin Khan|Teacher. Hounslow.
Ella Winter|Florist. Kingston market.
Joseph Adu|Student. Economics.
Patricia Moore|Retired. Theatre lover.
Dan Harrington|Cyclist. Richmond Park.
Soo-min Cho|Korean restaurant. New Malden.
Martin Payne|Electrician. Esher.
Ruth Kimani|Care worker. Surbiton.
Alex Brent|Musician. Kingston.
Hayley Burrows|Dance teacher. Hillingdon.
Manpreet Sahota|Accountant. Hayes.
Gary Knight|Cabbie. Uxbridge.
Nadia Farooq|Mum. Teacher. Hayes.
Trevor Bull|Retired. Ruislip Lido walker.
Jasvinder Dhillon|Pharmacy owner (community). Hayes.
Lauren Tate|Hairdresser. Ruislip.
Kwame Asante|Student. Brunel. Football.
Shirley Cooke|Volunteer. Hospital trolley service.
Mo Sharif|Shop owner. Yiewsley.
Ellie Drake|Barista. Uxbridge.
Ranjit Gill|Engineer. Heathrow.
Claire Dawson|Nurse (personal). Mum. Runner.
Pete Mullins|Plumber. Hillingdon.
Aisha Begum|Student. Hayes.
Frank O'Hara|Retired. Irish music.
Sunil Varma|IT. Cricket. Ickenham.
Tina Walsh|Cleaner. Mum. Uxbridge.
Henry Ashworth|Retired RAF. Northolt.
Kiran Kaur|Dental nurse. Southall.
Steve Marriott|Decorator. Hayes.
Becky Lamb|Mum. Winchester.
Owen Price|Student. Southampton Uni.
Julia Hammond|Retired. Lymington.
Dave Pinnock|Fisherman. Isle of Wight.
Kate Ferris|Artist. Newport IOW.
Sam Loader|Sailor. Cowes week!
Helen Forbes|Teacher. Basingstoke.
Nick Tully|Builder. Portsmouth.
Ellen Payne|Nurse (retired). Gosport.
Joe Strickland|Pompey till I die.
Rachel Moffat|Occupational therapist (personal). Hampshire.
Gemma Pitt|Dog walker. New Forest.
Luke Barnes|Chef. Southampton.
Carol Chivers|WI. Romsey.
Ali Reza|Student. Solent Uni.
Wendy Sparks|Hairdresser. Andover.
Andy Boyce|Postman. Eastleigh.
Pippa Lane|Horse riding instructor.
Mark Ellery|Firefighter (personal). Hampshire.
Sian Talbot|Teacher. Alton.
Rob Haines|Taxi. Southampton.
Dina Patel|Pharmacist (personal). Eastleigh.
Jon Cartwright|Recovering from depression. Running helps. Not advice.
Mandy Sewell|Carer for my brother. Hampshire.
Bill Trott|Retired. Ferry enthusiast.
Anna Dyer|Student nurse. Portsmouth. Views my own.
Jack Wheeler|Apprentice. Fareham.
Mel Foley|Mental health peer supporter (personal account).
Lewis Kemp|Musician. Southampton.
Fran Cooke|Baker. Winchester.
Steve Ellis|Surveyor. Basingstoke.
Sally Bunce|Dog rescue volunteer.
Dan Noakes|Brewer. Isle of Wight.
Lydia Curtis|Student. Southampton.
Tom Barlow|Climber. Sheffield.
Sharon Crapper|Nana. Parson Cross.
Rashid Ali|Taxi. Sheffield.
Emily Staniland|Teacher. Crookes.
Pete Bradbury|Steelworker (retired).
Hannah Wragg|Student. Sheffield Uni.
Darren Hague|Plumber. Hillsborough.
Nasreen Akhtar|Mum. Darnall.
Jack Turton|Owls fan. Student.
Liz Ibbotson|Nurse (personal). Sheffield.
Mohammed Iqbal|Shopkeeper. Sheffield.
Beth Marsden|Artist. Kelham.
Gary Stenton|Bus driver. Sheffield.
Anna Lindqvist|Swedish in Sheffield. Researcher.
Chris Fretwell|Electrician. Dronfield.
Kate Milner|Social worker (personal). Sheffield.
Tony Siddall|Retired. Bowls. Sheffield.
Jade Oxley|Hairdresser. Rotherham.
Yusuf Mohamed|Student. Sheffield Hallam.
Gail Outram|Cleaner. Sheffield.
Phil Senior|Cyclist. Sheffield.
Fiona Marsh|Psychology student. Sheffield.
Arthur Haigh|Retired. Family history.
Lou Greaves|Peer supporter (personal). Bipolar. Hope.
Michael Tong|Restaurant. Sheffield.
Rachel Kaye|Teacher. Sheffield.
Brian Dyson|Retired steelworker. Walks.
Natasha Booth|Mum. Sheffield.
Sam Hirst|Musician. Sheffield.
Callum Frith|Apprentice joiner.
Jo Ledger|Yoga. Sheffield.
Kev Hinchcliffe|Window cleaner. Sheffield.
Mary Beckett|Retired teacher. Walkley.
Harpreet Johal|Accountant. Wolverhampton.
Wayne Bache|Builder. Dudley.
Tracey Yardley|Hairdresser. Tipton.
Kuldip Rai|Taxi. Walsall.
Gemma Pardoe|Nurse (personal). Dudley.
Lee Harper|Baggies. Plumber.
Nicola Bissell|Mum. Halesowen.
Steve Guest|Retired. Canal boats.
Amandeep Kaur|Teacher. Smethwick.
Craig Hodgetts|Wolves. Electrician.
Sharon Cartwright|Carer. Walsall.
Faisal Hussain|Pharmacist (personal). Wolverhampton.
Jodie Pearson|Student. Wolves Uni.
Martin Jeavons|Decorator. Bilston.
Pauline Tonks|Nana. Bingo. Dudley.
Sanjeev Mehta|Doctor (personal). Views my own.
Kerry Griffiths|Hairdresser. Wednesbury.
Dean Parkes|Scaffolder. Walsall.
Maxine Hadley|Mum. Stourbridge.
Rajinder Bains|Retired. Gurdwara.
Kyle Round|Student. Dudley College.
Jan Whitehouse|Volunteer. Sedgley.
Ashleigh Cox|Nail tech. Walsall.
Paul Fellows|Retired. Wolves.
Sabrina Akhtar|Student. Sandwell College.
Mick Dunn|Forklift. West Brom.
Chantal Morris|Carer (personal). Wolverhampton.
Ian Jukes|Dudley Zoo volunteer.
Hollie Wood|Mum. Willenhall.
Trev Baker|Pub landlord. Black Country.
Simran Kaur|Student nurse (personal). Wolverhampton.
Lee Fisher|PT. Dudley.
"""
