# -*- coding: utf-8 -*-
"""Hand-written members of the public (general_public), part C. One line each: display name|bio.
All people are invented."""

PUBLIC_C = """
Marie-Claire Dubois|Française à Londres. Teacher. Croissants and cycling.
Jakub Nowicki|Polish lorry driver. Family first. Wolverhampton.
Ngozi Eze|Nigerian-British. Mum, accountant, choir soprano.
Bartek|just a guy who likes fishing and football
Rukhsana|mum ✨ cook ✨ sharing recipes from my amma
Fiifi Mensah|Ghanaian in Hayes. Engineer. Chelsea fan.
Lenka Horvath|Slovak in Sheffield. Lab technician. Hiker.
Mihai Popescu|Romanian builder in Kingston. Hard work pays.
Aigerim|Kazakh student in Southampton. Oceanography.
Sadia Chowdhury|Bengali-British. Law. Poetry.
Ioana|nurse from Romania 🇷🇴 personal account. living in Merseyside
Vusi Ndlovu|Zimbabwean carer. Proud dad of three.
Eleni K|baker 🧁 cypriot in north west london
Pooja|dancer, dreamer, accountant (in that order)
Kai Thompson|surf. skate. sleep.
Bethan Lloyd|Welsh teacher in Cheshire. Choir.
Dylan Roberts|gym rat. Macclesfield.
Yvonne Hulme|Retired. Caravan. Wales every summer.
Georgia Platt|Student vet. Chester.
Harvey Pennington|Apprentice chef. Southport.
Lottie Baines|Pony Club. 14. Mum runs this.
Nasima Begum|Teaching assistant. Tameside. Henna artist on weekends.
Gordon Heys|Retired bus mechanic. Model trains.
Rita O'Sullivan|Irish nana. Church bingo every Friday.
Mason Clegg|student. gaming. chips.
Erin McBride|nurse (personal) 🩺 running and rom-coms
Trish Fogarty|Dog walker. Romiley.
Reece Holt|Labourer. Stalybridge Celtic.
Amanda Shore|Book club organiser. Hyde library.
Jamie Lees|Student radiographer (personal).
Prakash Nair|Engineer. Chess club. Stockport.
Kathleen Brady|Retired seamstress. Sewing for charity.
Brandon Whitehead|Mechanic. Denton.
Sophia Ahmed|Medical student (not advice). Manchester.
Roy Sidebottom|Retired. Pigeons.
Anya Kowalski|Nail artist. Glossop.
Joel Firth|Youth worker. Ashton.
Mavis Shaw|Ninety and still baking.
Ewan Blackburn|Cyclist. Knutsford.
Rosie Platt|Barista. Macclesfield.
Gwen Kirk|Potter. Bollington.
Hamza Khan|Student. Macclesfield College.
Jill Wardle|WI. Prestbury.
Oscar Finch|Dad of two. Teacher. Congleton.
Niall Hennessey|Joiner. Poynton.
Tamsin Reid|Horse rider. Alderley Edge.
Dennis Bailey|Bowls club. Wilmslow.
Poppy Harrison|Student. Manchester Uni.
Sean McGrath|Plasterer. Widnes.
Ruth Lathom|Volunteer. Ormskirk.
Baz Hughes|Lorry driver. Haydock.
Kelly Tickle|Hairdresser. St Helens.
Imogen Bates|Student. Edge Hill.
Stephen Moss|Retired teacher. Formby.
Joanne Birchall|Mum. Netball coach.
Callum Rimmer|Electrician. Southport.
Rehana Ali|Pharmacy assistant. Huyton.
Jean McGuinness|Nana. Bingo. Kirkby.
Liam Heyes|Fishing. Rainford.
Dawn Marsden|Cleaner. Whiston.
Tyler Ashcroft|Student. Skelmersdale.
Margaret Unsworth|Retired. Flower arranging.
Charlie Kwan|Chef. Kingston.
Helena Baird|Solicitor. Surbiton.
Kevin Adjei|Security. Chessington.
Fern Holloway|Florist. Richmond.
Rupert Lane|Rower. Teddington.
Min-jun Kang|Student. Kingston.
Gill Redfern|Retired nurse (personal). Tolworth.
Aaron Dyer|Plumber. Kingston.
Leila Haddad|Artist. Surbiton.
Nathan Coles|Student. Kingston College.
Barbara Finch|WI. Esher.
Raj Sethi|Taxi. Kingston.
Sophie Grant|Teacher. Twickenham.
Dami Ogunbiyi|Nurse (personal account). Faith. Family.
Phoebe Ward|Student. Uxbridge.
Harjinder Sandhu|Shopkeeper. Hayes.
Tony Castle|Retired. Ruislip.
Amina Hassan|Mum. Teacher. Hayes.
Carl Brennan|Electrician. Uxbridge.
Tessa Morley|Dog trainer. Northwood.
Jay Patel|Student. Brunel.
Irene Collins|Retired. Ickenham.
Mark Goddard|Builder. Harefield.
Esther Boateng|Care worker (personal). Hayes.
Ollie Price|Student. Uxbridge College.
Nora Flanagan|Retired. Irish dancing.
Seb Hunt|Sailor. Hamble.
Hattie Morris|Student. Winchester Uni.
Brian Cheek|Retired. Shanklin.
Tilly Knight|Mum. Ryde.
Rob Sturgess|Builder. Fareham.
Keeley Marsh|Hairdresser. Havant.
Dan Garrett|Firefighter (personal). Southampton.
Laura Kemp|Nurse (personal). Eastleigh.
Pete Vowles|Retired. Lymington.
Tash Ogden|Student. Portsmouth.
Rhiannon Sayer|Teacher. Andover.
Jim Collis|Fisherman. Ventnor.
Ana Silva|Nurse from Portugal (personal). Southampton.
Ryan Gosling (no relation)|Bricklayer. Basingstoke.
Amber Lacey|Student. Sheffield Hallam.
Mike Shaw|Retired. Hillsborough.
Shazia Parveen|Mum. Sheffield.
Dominic Lister|Climber. Sheffield.
Hayley Bramall|Nurse (personal). Sheffield.
Frank Hobson|Retired. Bowls.
Aaron Beevers|Student. Sheffield.
Rachel Swift|Teacher. Sheffield.
Nathan Goodison|Mechanic. Sheffield.
Ruby Archer|Artist. Sheffield.
Stan Oldfield|Retired steelworker.
Sunita Rani|Teacher. Wolverhampton.
Colin Nock|Retired. Dudley.
Kayla Pritchard|Student. Walsall.
Baljit Singh|Taxi. Smethwick.
Mandy Round|Carer. Tipton.
Jordan Cole|Electrician. Walsall.
Teresa Lowe|Nana. Stourbridge.
Amir Bashir|Student. Wolverhampton.
Lauren Tromans|Nail tech. Dudley.
Keith Bissell|Retired. Halesowen.
Priya Chauhan|Pharmacist (personal). Walsall.
Gavin Moore|Builder. Oldbury.
Sue Dangerfield|Volunteer. Wolverhampton.
Ollie Hickman|Student. Dudley.
Harriet Jukes|Dog groomer. Sedgley.
Nathaniel Okoro|Pastor. Walsall.
Becky Grainger|Teacher. Wednesbury.
Raymond Cox|Retired. Tipton.
Lily Mason|Student nurse (personal). Sheffield.
Fred Boulton|Retired postman. Bilston.
Chloe Dunn|Mum. Walsall.
Gurpreet Dhaliwal|Engineer. Wolverhampton.
Marcia Campbell|Church. Family. West Brom.
Jacob Hale|Student. Southampton Solent.
Wendy Lord|Retired. Sandown.
Tom Kelsall|Farmer. Cheshire.
Alison Shepherd|Teacher. Macclesfield.
Ray Bentley|Retired. Glossop.
Sophie Milne|Student midwife (personal). Manchester.
Kieran Doyle|Electrician. Ashton.
"""
