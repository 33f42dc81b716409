"""Hand-written members of the public: display name | bio. Each line used once."""
LINES = r"""
Jen Hollis|Mum of two, coffee first. Reading, baking, and losing at Scrabble.
Dave Pritchard|Season ticket holder. Grumpy before 9am. Dog called Biscuit.
Amelia Stone|Illustrator. Cats, comics and cold brew.
Rob Kettle|Plumber by trade, angler by choice.
Sunita K|Accountant. Spreadsheets are my love language.
Leon Marsh|Drummer in a pub band nobody's heard of.
Hayley J|Nail tech 💅 bookings via DM.
Gary Whitcombe|Retired postman. Allotment, grandkids, Radio 2.
Priya Mistry|Law student. Tea > coffee.
Callum Fraser|Apprentice electrician. Gym and gaming.
Shona|Just here for the memes.
Martin O'Leary|Proud Irishman living in England. Hurling and history.
Bex Tanner|Teaching assistant. Glitter everywhere.
Tomasz Nowak|Builder. Polish food and Premier League.
Ellie-May|20. Music, makeup, mates.
Keith Bramley|Train enthusiast. Photos of diesel locos.
Fatima Begum|Mum, Muslim, mature student.
Jordan Pike|Sneakerhead. Resells on the side.
Lorraine Hughes|Cross stitch and crime dramas.
Ade Oladipo|Software engineer. Opinions compiled at runtime.
Carly Simmons|Hairdresser. Balayage queen.
Nige|Darts, dominoes and a pint on Friday.
Rachel Bloom|Bookworm. 52 books a year challenge.
Connor Walsh|Uni student. Philosophy, pizza, procrastination.
Maggie Reynolds|Widow, 78, learning to use this thing! Hello everyone.
Sam Okafor|Personal trainer. DM for online coaching.
Zoe Hartley|Vegan baker. Cupcakes to order.
Imran Sheikh|Taxi driver. Knows every shortcut.
Kayleigh Roberts|Mummy blogger. Toddler tantrums and tiny wins.
Paul Jessop|Amateur astronomer. Clear skies!
Hannah Lee|Environmental scientist. Bees matter.
Steve Rowley|Van life. Currently somewhere in Wales.
Alisha Khan|Makeup artist for weddings.
Rhys Davies|Rugby, beer and Welsh cakes.
Chloe Winters|Dancer. Ballet teacher on weekends.
Barry Mould|Ex-miner. Proud of my town.
Nina Petrova|Linguist. Five languages, one accent.
Jake Holloway|Plays guitar badly but loudly.
Gwen Tudor|Knitter. Purl one, gossip two.
Ollie Brennan|Skateboarding and street photography.
Denise Abbott|Cafe owner. Best bacon butties in town.
Lewis Chan|Data analyst. Bubble tea addict.
Tracey Moss|Dog groomer. Fluffy before and after pics.
Femi Adebayo|Church drummer and football coach.
Laura Kingston|Marketing manager by day, salsa dancer by night.
Frank Dobson|Cabbie, 30 years on the road.
Ruby Sharma|A-level student. Wanting to study medicine one day!
Chris Ellwood|Birdwatcher. Currently obsessed with kingfishers.
Bethan Pugh|Farm girl. Sheep, sheepdogs and sunsets.
Ahmed Raza|Mobile phone repairs. Quick and cheap.
Stacey Grimshaw|Carer for my mum. Some days are hard.
Mark Ellis|Long distance runner. Road to London.
Yasmin Ali|Henna artist. Bookings open for Eid.
Neil Porter|Dad, husband, Sunderland fan (sadly).
Kirsty Bell|Pilates instructor. Classes in the village hall.
Oscar Benn|Chef. Pasta made fresh daily.
June Whitaker|Grandma of 6. Crochet and church.
Tyrone Gayle|Music producer. Beats for sale.
Isla McLeod|Marine biology grad. Seals are the best.
Peter Gibbs|Local history society secretary.
Anna Kowalczyk|Cleaner. Hard work and honest prices.
Dom Fletcher|Fishing videos every weekend.
Holly Mason|Florist. Weddings and funerals.
Malik Hassan|Barber. Fresh cuts only.
Emma Thornton|Primary teacher. Year 3 chaos.
Graham Pearce|Classic car restorer. MG fan.
Sophie Dale|Cake decorator 🎂
Jamal Wright|Student, basketball, hip hop.
Pauline Sykes|Parish councillor. Potholes are my nemesis.
Aaron Fitch|Postie. Every door, every day.
Georgia Fell|Horse mad. Eventing and early mornings.
Victor Lungu|Delivery driver. Always on the move.
Rosie Hamer|Vintage clothes seller.
Derek Small|Bowls club captain.
Layla Ahmed|Psychology undergrad. Mental health advocate.
Ben Carrick|Software tester. Breaks things for a living.
Nicola Ward|Estate agent. Ask me about house prices.
Jimmy Parr|Scaffolder. Fear of heights? Never heard of it.
Aisha Bello|Fashion designer. Ankara prints.
Roger Fenn|Retired teacher. Gardening and grumbling.
Megan Price|Singer-songwriter. New single out now.
Harry Dunmore|Farmer. Weather watcher.
Kim Tran|Nail salon owner.
Ian Cavendish|Cricket umpire. Howzat.
Lucy Hamlin|Wildlife photographer.
Stevie Blake|Comedian, gigs most weekends.
Mariam Yusuf|Pharmacy student.
Alan Tebbutt|Model railway builder.
Danielle Cope|Pole fitness instructor.
Kofi Mensah|Accountant and amateur boxer.
Brenda Goode|Bingo Tuesdays, never miss.
Josh Aldridge|Esports player. Streaming nightly.
Sandra Peel|School cook. Roast dinner Wednesdays.
Ryan Shaw|Tattoo artist. Books open.
Eve Lindley|Poet. Small words, big feelings.
Hugh Bannister|Beekeeper. Honey for sale.
Nadia Rahman|Charity shop volunteer.
Pete Walker|Taxi company owner.
Abbie Crossland|Student nurse hopeful, applying this year.
Terry Hogg|Pigeon fancier.
Saira Malik|Civil servant. Views my own.
Luke Brampton|Roofer and rugby player.
Olivia Grant|Journalism student.
Clive Rudd|Golf on Sundays.
Megan Wu|Architect. Loves concrete.
Sean Gallagher|Celtic fan exiled down south.
Wendy Foster|Dog rescue volunteer.
Dylan Harper|Mountain biker.
Asha Patel|Dentist's receptionist.
Frankie Doyle|Bartender. Cocktail recipes.
Julie Barnett|Ex-nurse, now runs a B&B.
Nathan Cole|Youth worker.
Caroline Webb|Lawyer. Employment law.
Ricky Stokes|Boxing coach.
Helen Mayhew|Quilter.
Adil Rashid|Restaurant owner. Curry house.
Jade Foley|Beauty therapist.
Ken Liu|Retired engineer.
Tanya Price|Single mum, warrior.
Will Hartnell|Theatre technician.
Precious Nwosu|Care worker and gospel singer.
Ron Tilley|Ex-army. Proud veteran.
Amber Lane|Equestrian. Horses are life.
Gurpreet Singh|Taxi driver and bhangra DJ.
Jo Bickerstaff|Yoga teacher.
Alfie Moon|14 and into football. Mum says hi.
Deborah Sutton|Hospital cleaner's daughter, now a solicitor.
Mo Farouk|Student, engineering.
Sharon Bailey|Foster carer.
Jack Pearson|Mechanic.
Lily Evans|Potter. Wheel and kiln.
Charlie Bates|Freelance writer.
Bernadette Kelly|Irish dancer.
Zain Hussain|Medical student (third year). Not medical advice.
Trish McCann|Bakery owner.
Darren Lyle|Window cleaner.
Gemma Roe|PhD student. Soil science.
Harvey Nash|Sixth former.
Ifeoma Eze|Nigerian in the UK. Food blogger.
Tony Greco|Italian deli owner.
Vicky Slater|Air hostess.
Max Turner|Drone pilot.
Eileen Forbes|WI member. Jam and Jerusalem.
Arun Pillai|IT consultant.
Kerry Dunn|Support worker for adults with autism.
Phil Sutton|Ex-boxer, now personal trainer.
Chelsea Park|Beauty blogger.
Malcolm Reid|Bagpiper for hire.
Sasha Ivanova|Figure skater.
Dean Mitchell|Forklift driver.
Rebecca Lowe|Physiotherapy student.
Colin Shaw|Church warden.
Naveed Akhtar|Cricket club secretary.
Jess Pollard|Charity fundraiser.
Stan Hooper|Allotment holder, marrow grower.
Paige Hunter|Hairdresser apprentice.
Ravi Chandra|Chemist.
Maureen Platt|Retired dinner lady.
Lee Barrow|Bus driver.
Tamsin Knight|Art teacher.
Euan Ross|Climber.
Hollie Fisher|Travel agent.
Farid Sultani|Pizza chef.
Diane Lister|Bookshop owner.
Kieran O'Neill|Guitar teacher.
Rosa Delgado|Spanish tutor.
Walter Briggs|95 and going strong. My grandson set this up.
Sian Jones|Welsh speaker. Choir singer.
Tobi Adeyinka|Engineer, runner, reader.
Gillian Frost|Childminder.
Aiden Clarke|Barista.
Noor Haddad|Syrian refugee, now a chef.
Carl Jenkins|Electrician.
Natasha Boyce|Lash tech.
Ed Coleman|Teacher, cyclist, cheese lover.
Mandy Rhodes|Pub landlady.
Oluwaseun A|Banker. Faith and family.
Bill Carver|Woodturner.
Katie Hurst|Vet nurse.
Desmond Grey|Steel pan player.
Hana Sato|Japanese teacher.
Rich Kemp|Brewery owner.
Shelley Long|Receptionist.
Marek Zielinski|Carpenter.
Elaine Bright|Retired civil servant.
Shaun Booth|Ice hockey fan.
Mia Chen|Student, economics.
Howard Lamb|Church organist.
Kelly Ann Marsh|Mum of 4 and still sane (just).
Dev Sharma|Cricket and coding.
Brian Holt|Ex-police.
Poppy Marsh|Dog walker.
Akua Boateng|Fashion student.
Norman Rigby|Stamp collector.
Nikki Shore|Personal shopper.
Ethan Brooks|Gamer.
Sheila Dunne|Volunteer at the library.
Kwabena Owusu|Engineer.
Fiona Gallagher|Social worker. Tired.
Reece Cartwright|Labourer.
Anita Desai|Pharmacist, community.
Graham Lowe|Retired bank manager.
Heidi Schmidt|German living in England.
Martin Cheng|Chef.
Lauren Doyle|Teaching assistant.
Joe Tranter|Carp angler.
Elif Yilmaz|Turkish barber's daughter. Law student.
Tim Cross|Cycle mechanic.
Yolanda Reyes|Salsa teacher.
Barney Hill|Gardener.
Sadia Noor|Makeup artist.
Kevin Mullen|Plasterer.
Charlotte Fry|Ballet mum.
Ruben Silva|Portuguese, in love with British rain.
Pam Hutchins|Crossword lover.
Jason Kerr|Security guard.
Amira Saleh|Nursery nurse.
Vernon Clarke|Reggae DJ.
Leah Grant|Podcaster.
Trevor Mills|Snooker fan.
Selina Okoro|Accountant.
Adam Frost|Rock climbing.
Margaret Oyelaran|Pastor's wife.
Ross Kane|Student.
Dina Levy|Jewish deli baker.
Cliff Worrall|Lorry driver.
Nia Roberts|Midwifery student hopeful.
Gareth Lewis|Lifeguard.
Sunil Mehta|Shopkeeper.
Tess Whitby|Garden designer.
Owen Birch|Forestry worker.
Aoife Byrne|Irish in England.
Jerome Campbell|Basketball coach.
Barbara Noble|Retired headteacher.
Ash Kumar|Delivery rider.
Leanne Cox|Care home worker.
Fred Pickering|Old-time dance caller.
Zara Iqbal|Graphic designer.
Mick Dawson|Builder.
Emily Sato|Tea blogger.
Gordon Blythe|Retired fireman.
Bianca Rossi|Gelato maker.
Stuart Hale|Bus enthusiast.
Ayesha Patel|Teacher.
Rory Finch|Skier.
Jill Adams|Quiz setter.
Abdul Karim|Corner shop.
Mollie Ford|Student, history.
Ray Sutcliffe|Fisherman.
Tasha Green|Single mum, two boys.
Bradley Stone|Roofer.
Olga Nowicka|Nurse in Poland, now retraining here.
Reg Daniels|Model aircraft.
Khadija Omar|Student, sociology.
Harry Boyle|Plumber.
Vanessa Lord|Interior designer.
Jamie Foxley|Van driver.
Rita Cooper|Bingo and biscuits.
Andre Baptiste|Chef, Caribbean food.
Louise Crane|Nursery owner.
Tom Yardley|Geography teacher.
Zainab Bashir|Student, midwifery (first year).
Keith Lord|Brass band cornet.
Kate Morley|Photographer.
Ibrahim Diallo|Footballer, Sunday league.
Lynn Hodges|Charity shop manager.
Patrick Flynn|Irish bar owner.
Daisy Clark|A-levels, anxiety, art.
Hamza Yousaf|Engineer.
Joan Atkins|Widow, church, grandchildren.
Sid Patel|Newsagent.
Tara Hughes|Event planner.
Oli Dempsey|Plant dad.
Ruth Gillespie|Librarian.
Kevin Asante|Taxi driver.
Jenny Clough|Swimming teacher.
Lenny Ray|Boxer.
Sabrina Lowe|Dance teacher.
Gavin Parry|Darts player.
Naomi Rhodes|Vegan chef.
Albert Kemp|Retired miner.
Anjali Desai|Yoga and Ayurveda.
Mike Horton|Ex-RAF.
Becky Nolan|Gym addict.
Cheng Wei|Student, maths.
Eddie Fox|Busker.
Carmel Dunne|Nurse's mum, proud.
Scott Brennan|Welder.
Lina Haddad|Pharmacy assistant.
Bob Ingram|Bird feeder builder.
Chantelle Hayes|Beautician.
Ivan Petrov|Trucker.
Erin Doyle|Ceramicist.
Vince Carter|Ex-footballer, now coach.
Hira Aslam|Lawyer.
Dennis Moore|Model railway.
Jasmine Lee|Student, biology.
Sam Barker|Photographer.
Maxine Tate|Hairdresser.
Kwame Osei|Football scout.
Sally Frost|Crafter.
Finn O'Brien|Surfer.
Usha Rani|Grandmother. Cooking.
Noel Barker|Pub quiz host.
Imogen Hart|Actress.
Kamal Singh|Restaurant manager.
Beverley Moss|Pensioner, dog lover.
Rhiannon Evans|Harpist.
Shane Doyle|Roofer.
Grace Akinola|Nurse in training.
Pete Sampson|Gardener.
Yusuf Abdi|Taxi and family.
Carol Pickles|Bingo caller.
Lee Chang|Chef.
Lottie Webb|Horse rider.
Marcus Thorne|Bodybuilder.
Sian Fowler|Bookkeeper.
Neville Hart|Historian.
Amy Barlow|Veterinary student.
Omar Hakim|Mechanic.
Tilly Brown|Florist.
Craig Ellis|Cyclist.
Bushra Anwar|Teacher.
Wayne Deakin|Plasterer.
Sarah Lin|Writer.
Tony Marsh|Fishmonger.
Ella Rowe|Student.
Hassan Ali|Barber.
Judith Kemp|Retired nurse. 40 years at our local hospital, miss it every day.
Luca Bianchi|Coffee roaster.
Stella Moore|Artist.
Chris Okeke|Software developer.
Irene Doyle|Church flowers.
Declan Murphy|Rugby league.
Priyanka Rao|Dancer.
Gerald Vine|Wine merchant.
Kerry Lomas|Mum, carer, cake maker.
Adam Sinclair|Runner.
Farah Aziz|Student, pharmacy.
Jeff Barnes|Handyman.
Polly Fenwick|Knitting circle.
Tunde Bakare|Music teacher.
Vera Lynch|Pensioner.
Dan Grice|Tree surgeon.
Aleksandra Wojcik|Care assistant.
Reggie Marsh|Footy fan.
Kath Dyson|Baker.
Mustafa Demir|Kebab shop owner.
Holly Grey|Receptionist at a vets.
Stephen Lowe|Banker.
Amna Hussain|Primary teacher.
Terry Walsh|Club DJ.
Esther Ogunleye|Nurse, mother, minister.
Frank Lowry|Cabinet maker.
Gabby Ross|Student.
Manoj Kumar|IT support.
Dot Cartwright|87, loving life.
Ross Whitehead|Rock band bassist.
Yvette Palmer|Carer.
Kit Harding|Sailor.
Sana Khan|Fashion blogger.
Phil Gregson|Retired firefighter.
Becca Sloane|Midwife's daughter. Future midwife.
Theo Grant|Cyclist.
Lorna Keane|Teacher.
Jibril Okafor|Student.
Mabel Oakes|Grandmother.
Nick Sampson|Engineer.
Alana Price|Beauty.
Wes Marshall|Boxing.
Joyce Trent|Church choir.
Karim Nasser|Student.
Wendy Lowe|Bus driver.
Ozzie Clarke|Skater.
Rachel Adeyemi|Nurse (off duty), Christian.
Glen Hardy|Footballer.
Bea Lambert|Bookworm.
Raj Patel|Shopkeeper.
Cheryl Hirst|Hairdresser.
Matt Rigby|Teacher.
Safiya Bello|Student.
Norman Fish|Angler.
Kate Sharp|Solicitor.
Devon Miles|Athlete.
Ingrid Larsen|Norwegian in the UK.
Paul Cheung|Takeaway owner.
Toni Ward|Dog trainer.
Ali Reza|Student.
Brenda Marsh|Pensioner.
Jonny Walsh|Labourer.
Rukhsana Begum|Seamstress.
Hamish Boyd|Scottish, proud.
Flo Adams|Student nurse, second year.
Carlos Mendes|Waiter.
Janet Higgs|Retired.
Kai Robinson|Gamer.
Noreen Shah|Mum.
Billy Roper|Sparky.
Tess Lomax|Student.
Leroy Grant|Musician.
Patricia Quinn|Retired secretary.
Omari Johnson|Footballer.
Agnes Dwyer|Grandma.
Jaz Sandhu|Makeup.
Morris Webb|Veteran.
Sophie Tran|Student.
Clare Hutton|Teacher.
Ahmed Mahmoud|Engineer.
Val Crompton|Bingo.
Dean Whitley|Builder.
Mina Park|Designer.
Bernard Shaw|Not that one. Retired chemist.
Lucy Nwachukwu|Nurse, mum of 3.
Alfie Gould|Apprentice.
Sharon Pike|Cleaner.
Hugo Ferreira|Chef.
Katrina Bell|HR.
Nadeem Ali|Accountant.
Enid Parsons|Pensioner.
Jordan Mills|Personal trainer.
Rosemary Tait|Garden club.
Ayo Adebisi|Student.
Gail Norris|Carer.
Nils Andersen|Danish chef.
Tammy Vaughan|Mum.
Liam Quigley|Plumber.
Harriet Ames|Student, medicine.
Babajide Ola|Entrepreneur.
Ivy Chambers|Retired.
Jas Gill|Cricket.
Moira Sweeney|Retired nurse.
Keiran Smith|Sparky.
Ruth Obi|Church.
Vikki Marsden|Hairdresser.
Oscar Lindgren|Student.
Mavis Holt|Knitter.
Tariq Aziz|Taxi.
Georgie Blake|Baker.
Fraser Kidd|Engineer.
Preeti Shah|Pharmacist.
Len Worth|Retired.
Saskia Vos|Dutch in England.
Marcus Bell|Driver.
Eleanor Rigg|Student.
Abu Sesay|Security.
Connie Hale|Pensioner.
Jay Patel|Developer.
""".strip("\n").split("\n")
