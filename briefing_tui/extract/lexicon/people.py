"""Well-known office holders and the side each acts for (see ``extract/knownpeople.py``).

Compiled by hand from general knowledge, not from any article: heads of state and
government, foreign, defence and finance ministers, and for the larger powers
other senior officials, from 2000 on; the heads of international bodies, with
their body. Only people whose name and side are certain; a name shared by two
well-known people of different sides is left out. Sides are the canonical
country names of ``countries.py`` or the names of bodies in ``orgs.py``.
One ``Name<TAB>Side`` per line; a second spelling of a name is a line of its own.
"""

from __future__ import annotations

_DATA = """
Abdul Ghani Baradar	Afghanistan
Abdul Rahim Wardak	Afghanistan
Abdul Rashid Dostum	Afghanistan
Abdullah Abdullah	Afghanistan
Amir Khan Muttaqi	Afghanistan
Amrullah Saleh	Afghanistan
Ashraf Ghani	Afghanistan
Bismillah Khan Mohammadi	Afghanistan
Burhanuddin Rabbani	Afghanistan
Hamid Karzai	Afghanistan
Hanif Atmar	Afghanistan
Hibatullah Akhundzada	Afghanistan
Karim Khalili	Afghanistan
Mohammad Hanif Atmar	Afghanistan
Mohammad Hassan Akhund	Afghanistan
Mohammad Qasim Fahim	Afghanistan
Rangin Dadfar Spanta	Afghanistan
Salahuddin Rabbani	Afghanistan
Sirajuddin Haqqani	Afghanistan
Yunus Qanuni	Afghanistan
Zabihullah Mujahid	Afghanistan
Zalmay Rassoul	Afghanistan
Alpha Oumar Konaré	African Union
Amara Essy	African Union
Jean Ping	African Union
Mahmoud Ali Youssouf	African Union
Moussa Faki	African Union
Moussa Faki Mahamat	African Union
Nkosazana Dlamini Zuma	African Union
Alfred Moisiu	Albania
Bajram Begaj	Albania
Bamir Topi	Albania
Besnik Mustafaj	Albania
Bujar Nishani	Albania
Ditmir Bushati	Albania
Edi Rama	Albania
Edmond Haxhinasto	Albania
Fatos Nano	Albania
Gent Cakaj	Albania
Igli Hasani	Albania
Ilir Meta	Albania
Lulzim Basha	Albania
Olta Xhaçka	Albania
Pandeli Majko	Albania
Paskal Milo	Albania
Rexhep Meidani	Albania
Sali Berisha	Albania
Abdelaziz Belkhadem	Algeria
Abdelaziz Bouteflika	Algeria
Abdelaziz Djerad	Algeria
Abdelkader Bensalah	Algeria
Abdelkader Messahel	Algeria
Abdelmadjid Tebboune	Algeria
Abdelmalek Sellal	Algeria
Ahmed Attaf	Algeria
Ahmed Benbitour	Algeria
Ahmed Gaid Salah	Algeria
Ahmed Ouyahia	Algeria
Ali Benflis	Algeria
Amar Bendjama	Algeria
Aymen Benabderrahmane	Algeria
Daho Ould Kablia	Algeria
Kamel Beldjoud	Algeria
Mohamed Bedjaoui	Algeria
Mourad Medelci	Algeria
Nadir Larbaoui	Algeria
Noureddine Bedoui	Algeria
Noureddine Yazid Zerhouni	Algeria
Ramtane Lamamra	Algeria
Sabri Boukadoum	Algeria
Said Chanegriha	Algeria
Said Chengriha	Algeria
Yazid Zerhouni	Algeria
Youcef Yousfi	Algeria
Xavier Espot Zamora	Andorra
Bornito de Sousa	Angola
Georges Chikoti	Angola
José Eduardo dos Santos	Angola
João Lourenço	Angola
Manuel Augusto	Angola
Manuel Vicente	Angola
Téte António	Angola
Baldwin Spencer	Antigua and Barbuda
Gaston Browne	Antigua and Barbuda
Lester Bird	Antigua and Barbuda
Ahmed Aboul Gheit	Arab League
Ahmed Abul Gheit	Arab League
Amr Moussa	Arab League
Amre Moussa	Arab League
Hossam Zaki	Arab League
Nabil Elaraby	Arab League
Nabil al-Arabi	Arab League
Nabil el-Araby	Arab League
Adalberto Rodríguez Giavarini	Argentina
Adolfo Rodríguez Saá	Argentina
Agustín Rossi	Argentina
Alberto Fernández	Argentina
Alfonso Prat-Gay	Argentina
Amado Boudou	Argentina
Aníbal Fernández	Argentina
Arturo Puricelli	Argentina
Axel Kicillof	Argentina
Carlos Ruckauf	Argentina
Cristina Fernández	Argentina
Cristina Fernández de Kirchner	Argentina
Cristina Kirchner	Argentina
Daniel Scioli	Argentina
Diana Mondino	Argentina
Domingo Cavallo	Argentina
Eduardo Camaño	Argentina
Eduardo Duhalde	Argentina
Eduardo de Pedro	Argentina
Felipe Solá	Argentina
Felisa Miceli	Argentina
Fernando de la Rúa	Argentina
Florencio Randazzo	Argentina
Gabriela Michetti	Argentina
Gerardo Werthein	Argentina
Guillermo Francos	Argentina
Hernán Lacunza	Argentina
Horacio Jaunarena	Argentina
Héctor Timerman	Argentina
Javier Milei	Argentina
Jorge Faurie	Argentina
Jorge Remes Lenicov	Argentina
Jorge Taiana	Argentina
José Luis Machinea	Argentina
José Pampuro	Argentina
Juan Manzur	Argentina
Julio Cobos	Argentina
Karina Milei	Argentina
Luis Caputo	Argentina
Luis Petri	Argentina
Manuel Adorni	Argentina
Marcos Peña	Argentina
Martín Guzmán	Argentina
Martín Lousteau	Argentina
Mauricio Macri	Argentina
Nicolás Dujovne	Argentina
Nilda Garré	Argentina
Néstor Kirchner	Argentina
Oscar Aguad	Argentina
Pablo Quirno	Argentina
Patricia Bullrich	Argentina
Rafael Bielsa	Argentina
Ramón Puerta	Argentina
Ricardo López Murphy	Argentina
Roberto Lavagna	Argentina
Rogelio Frigerio	Argentina
Santiago Cafiero	Argentina
Sergio Massa	Argentina
Susana Malcorra	Argentina
Victoria Villarruel	Argentina
Andranik Margaryan	Armenia
Ara Aivazian	Armenia
Ararat Mirzoyan	Armenia
Armen Grigoryan	Armenia
Armen Sarkissian	Armenia
David Tonoyan	Armenia
Eduard Nalbandyan	Armenia
Edward Nalbandian	Armenia
Hovik Abrahamyan	Armenia
Karen Karapetyan	Armenia
Mikael Harutyunyan	Armenia
Nikol Pashinyan	Armenia
Robert Kocharyan	Armenia
Serzh Sargsyan	Armenia
Serzh Sarkisian	Armenia
Seyran Ohanyan	Armenia
Suren Papikyan	Armenia
Tigran Sargsyan	Armenia
Vahagn Khachaturyan	Armenia
Vartan Oskanian	Armenia
Vigen Sargsyan	Armenia
Zohrab Mnatsakanyan	Armenia
Kao Kim Hourn	Association of Southeast Asian Nations
Le Luong Minh	Association of Southeast Asian Nations
Lim Jock Hoi	Association of Southeast Asian Nations
Ong Keng Yong	Association of Southeast Asian Nations
Surin Pitsuwan	Association of Southeast Asian Nations
Alexander Downer	Australia
Anthony Albanese	Australia
Arthur Sinodinos	Australia
Barnaby Joyce	Australia
Bob Carr	Australia
Brendan Nelson	Australia
Christopher Pyne	Australia
Clare O'Neil	Australia
Gary Quinlan	Australia
Gillian Bird	Australia
Jim Chalmers	Australia
Joe Hockey	Australia
Joel Fitzgibbon	Australia
John Faulkner	Australia
John Howard	Australia
Josh Frydenberg	Australia
Julia Gillard	Australia
Julie Bishop	Australia
Karen Andrews	Australia
Kevin Andrews	Australia
Kevin Rudd	Australia
Kim Beazley	Australia
Linda Reynolds	Australia
Malcolm Turnbull	Australia
Marise Payne	Australia
Mark Vaile	Australia
Michael McCormack	Australia
Mitch Fifield	Australia
Penny Wong	Australia
Peter Costello	Australia
Peter Dutton	Australia
Peter Reith	Australia
Richard Marles	Australia
Scott Morrison	Australia
Tony Abbott	Australia
Warren Truss	Australia
Wayne Swan	Australia
Alexander Schallenberg	Austria
Alexander Van der Bellen	Austria
Alfred Gusenbauer	Austria
Beate Meinl-Reisinger	Austria
Benita Ferrero-Waldner	Austria
Brigitte Bierlein	Austria
Christian Kern	Austria
Christian Stocker	Austria
Gerald Klug	Austria
Gernot Blümel	Austria
Günther Platter	Austria
Hans Jörg Schelling	Austria
Hans Peter Doskozil	Austria
Heinz Fischer	Austria
Herbert Kickl	Austria
Herbert Scheibner	Austria
Josef Pröll	Austria
Karin Kneissl	Austria
Karl Nehammer	Austria
Karl-Heinz Grasser	Austria
Klaudia Tanner	Austria
Magnus Brunner	Austria
Maria Fekter	Austria
Mario Kunasek	Austria
Markus Marterbauer	Austria
Michael Linhart	Austria
Michael Spindelegger	Austria
Norbert Darabos	Austria
Sebastian Kurz	Austria
Thomas Klestil	Austria
Ursula Plassnik	Austria
Werner Faymann	Austria
Wilhelm Molterer	Austria
Wolfgang Schüssel	Austria
Ali Asadov	Azerbaijan
Artur Rasizade	Azerbaijan
Elmar Mammadyarov	Azerbaijan
Heydar Aliyev	Azerbaijan
Hikmet Hajiyev	Azerbaijan
Ilham Aliyev	Azerbaijan
Jeyhun Bayramov	Azerbaijan
Mehriban Aliyeva	Azerbaijan
Novruz Mammadov	Azerbaijan
Safar Abiyev	Azerbaijan
Samir Sharifov	Azerbaijan
Vilayat Guliyev	Azerbaijan
Zakir Hasanov	Azerbaijan
Fred Mitchell	Bahamas
Hubert Ingraham	Bahamas
Hubert Minnis	Bahamas
Perry Christie	Bahamas
Philip Brave Davis	Bahamas
Philip Davis	Bahamas
Abdullatif Al Zayani	Bahrain
Abdullatif al-Zayani	Bahrain
Abdullatif bin Rashid Al Zayani	Bahrain
Hamad bin Isa Al Khalifa	Bahrain
Khalid bin Ahmed Al Khalifa	Bahrain
Khalifa bin Salman Al Khalifa	Bahrain
Salman bin Hamad Al Khalifa	Bahrain
A. K. Abdul Momen	Bangladesh
Abul Hassan Mahmood Ali	Bangladesh
Abul Maal Abdul Muhith	Bangladesh
Dipu Moni	Bangladesh
Fakhruddin Ahmed	Bangladesh
Iajuddin Ahmed	Bangladesh
Khaleda Zia	Bangladesh
Mohammed Shahabuddin	Bangladesh
Muhammad Yunus	Bangladesh
Sheikh Hasina	Bangladesh
Touhid Hossain	Bangladesh
Zillur Rahman	Bangladesh
Freundel Stuart	Barbados
Jerome Walcott	Barbados
Kerrie Symmonds	Barbados
Mia Amor Mottley	Barbados
Mia Mottley	Barbados
Owen Arthur	Barbados
Sandra Mason	Barbados
Aleksandr Lukashenko	Belarus
Alexander Lukashenko	Belarus
Alexander Turchin	Belarus
Alyaksandr Lukashenka	Belarus
Andrei Kobyakov	Belarus
Andrei Ravkov	Belarus
Leonid Maltsev	Belarus
Maxim Ryzhenkov	Belarus
Mikhail Khvostov	Belarus
Mikhail Myasnikovich	Belarus
Roman Golovchenko	Belarus
Sergei Aleinik	Belarus
Sergei Martynov	Belarus
Sergei Rumas	Belarus
Sergei Sidorsky	Belarus
Svetlana Tikhanovskaya	Belarus
Sviatlana Tsikhanouskaya	Belarus
Uladzimir Makei	Belarus
Viktor Khrenin	Belarus
Vladimir Makei	Belarus
Yuri Zhadobin	Belarus
Alexander De Croo	Belgium
André Flahaut	Belgium
Bart De Wever	Belgium
Didier Reynders	Belgium
Elio Di Rupo	Belgium
Guy Verhofstadt	Belgium
Hadja Lahbib	Belgium
Jan Jambon	Belgium
Johan Van Overtveldt	Belgium
Karel De Gucht	Belgium
King Albert II	Belgium
King Philippe	Belgium
Louis Michel	Belgium
Ludivine Dedonder	Belgium
Maxime Prévot	Belgium
Pieter De Crem	Belgium
Sophie Wilmès	Belgium
Steven Vanackere	Belgium
Steven Vandeput	Belgium
Theo Francken	Belgium
Vincent Van Peteghem	Belgium
Yves Leterme	Belgium
Dean Barrow	Belize
Eamon Courtenay	Belize
Johnny Briceño	Belize
Said Musa	Belize
Wilfred Elrington	Belize
Aurélien Agbénonci	Benin
Boni Yayi	Benin
Lionel Zinsou	Benin
Mathieu Kérékou	Benin
Patrice Talon	Benin
Romuald Wadagni	Benin
Thomas Boni Yayi	Benin
Yayi Boni	Benin
Jigme Khesar Namgyel Wangchuck	Bhutan
Jigme Singye Wangchuck	Bhutan
Jigme Thinley	Bhutan
Jigmi Y. Thinley	Bhutan
Lotay Tshering	Bhutan
Tshering Tobgay	Bhutan
Carlos Mesa	Bolivia
David Choquehuanca	Bolivia
Edmand Lara	Bolivia
Eduardo Rodríguez Veltzé	Bolivia
Evo Morales	Bolivia
Gonzalo Sánchez de Lozada	Bolivia
Hugo Banzer	Bolivia
Jeanine Áñez	Bolivia
Jorge Quiroga	Bolivia
Luis Arce	Bolivia
Rodrigo Paz	Bolivia
Rodrigo Paz Pereira	Bolivia
Rogelio Mayta	Bolivia
Álvaro García Linera	Bolivia
Adnan Terzić	Bosnia and Herzegovina
Alija Izetbegović	Bosnia and Herzegovina
Ante Jelavić	Bosnia and Herzegovina
Bakir Izetbegović	Bosnia and Herzegovina
Beriz Belkić	Bosnia and Herzegovina
Bisera Turković	Bosnia and Herzegovina
Borislav Paravac	Bosnia and Herzegovina
Borjana Krišto	Bosnia and Herzegovina
Denis Bećirović	Bosnia and Herzegovina
Denis Zvizdić	Bosnia and Herzegovina
Dragan Čović	Bosnia and Herzegovina
Elmedin Konaković	Bosnia and Herzegovina
Haris Silajdžić	Bosnia and Herzegovina
Igor Crnadak	Bosnia and Herzegovina
Ivo Miro Jović	Bosnia and Herzegovina
Milorad Dodik	Bosnia and Herzegovina
Mirko Šarović	Bosnia and Herzegovina
Mladen Ivanić	Bosnia and Herzegovina
Nebojša Radmanović	Bosnia and Herzegovina
Nikola Špirić	Bosnia and Herzegovina
Sulejman Tihić	Bosnia and Herzegovina
Sven Alkalaj	Bosnia and Herzegovina
Vjekoslav Bevanda	Bosnia and Herzegovina
Zlatko Lagumdžija	Bosnia and Herzegovina
Zoran Tegeltija	Bosnia and Herzegovina
Šefik Džaferović	Bosnia and Herzegovina
Željka Cvijanović	Bosnia and Herzegovina
Željko Komšić	Bosnia and Herzegovina
Živko Radišić	Bosnia and Herzegovina
Duma Boko	Botswana
Festus Mogae	Botswana
Ian Khama	Botswana
Mokgweetsi Masisi	Botswana
Mompati Merafhe	Botswana
Pelonomi Venson-Moitoi	Botswana
Phandu Skelemani	Botswana
Seretse Khama Ian Khama	Botswana
Aldo Rebelo	Brazil
Alexandre de Moraes	Brazil
Aloysio Nunes	Brazil
Aloysio Nunes Ferreira	Brazil
Anderson Torres	Brazil
André Mendonça	Brazil
Antonio Palocci	Brazil
Antonio Patriota	Brazil
Aécio Neves	Brazil
Carlos Alberto Franco França	Brazil
Carlos França	Brazil
Celso Amorim	Brazil
Celso Lafer	Brazil
Dilma Rousseff	Brazil
Eduardo Bolsonaro	Brazil
Eduardo Guardia	Brazil
Ernesto Araújo	Brazil
Fernando Azevedo e Silva	Brazil
Fernando Haddad	Brazil
Fernando Henrique Cardoso	Brazil
Flávio Bolsonaro	Brazil
Flávio Dino	Brazil
Geraldo Alckmin	Brazil
Geraldo Quintão	Brazil
Gleisi Hoffmann	Brazil
Guido Mantega	Brazil
Hamilton Mourão	Brazil
Henrique Meirelles	Brazil
Jair Bolsonaro	Brazil
Jaques Wagner	Brazil
Joaquim Levy	Brazil
Joaquim Silva e Luna	Brazil
José Alencar	Brazil
José Dirceu	Brazil
José Eduardo Cardozo	Brazil
José Múcio	Brazil
José Múcio Monteiro	Brazil
José Serra	Brazil
José Viegas Filho	Brazil
Luiz Alberto Figueiredo	Brazil
Luiz Felipe Lampreia	Brazil
Luiz Inácio Lula da Silva	Brazil
Lula da Silva	Brazil
Marco Aurélio Garcia	Brazil
Marco Maciel	Brazil
Maria Luiza Ribeiro Viotti	Brazil
Marina Silva	Brazil
Mauro Vieira	Brazil
Michel Temer	Brazil
Márcio Thomaz Bastos	Brazil
Nelson Barbosa	Brazil
Nelson Jobim	Brazil
Paulo Guedes	Brazil
Paulo Sérgio Nogueira	Brazil
Pedro Malan	Brazil
Raul Jungmann	Brazil
Ricardo Lewandowski	Brazil
Ronaldo Sardenberg	Brazil
Sergio Moro	Brazil
Tarso Genro	Brazil
Waldir Pires	Brazil
Walter Braga Netto	Brazil
Hassanal Bolkiah	Brunei
Anyu Angelov	Bulgaria
Asen Vassilev	Bulgaria
Atanas Zapryanov	Bulgaria
Boyko Borisov	Bulgaria
Daniel Mitov	Bulgaria
Dimitar Glavchev	Bulgaria
Ekaterina Zaharieva	Bulgaria
Galab Donev	Bulgaria
Georg Georgiev	Bulgaria
Georgi Parvanov	Bulgaria
Iliana Iotova	Bulgaria
Ivailo Kalfin	Bulgaria
Ivan Kondov	Bulgaria
Ivan Kostov	Bulgaria
Kiril Petkov	Bulgaria
Krasimir Karakachanov	Bulgaria
Kristian Vigenin	Bulgaria
Mariya Gabriel	Bulgaria
Nadezhda Mihaylova	Bulgaria
Nikolai Denkov	Bulgaria
Nikolai Nenchev	Bulgaria
Nikolai Svinarov	Bulgaria
Nikolay Milkov	Bulgaria
Petar Stoyanov	Bulgaria
Plamen Oresharski	Bulgaria
Rosen Plevneliev	Bulgaria
Rosen Zhelyazkov	Bulgaria
Rumen Radev	Bulgaria
Rumiana Jeleva	Bulgaria
Sergei Stanishev	Bulgaria
Simeon Djankov	Bulgaria
Simeon Sakskoburggotski	Bulgaria
Simeon Saxe-Coburg-Gotha	Bulgaria
Solomon Passy	Bulgaria
Svetlan Stoev	Bulgaria
Teodora Genchovska	Bulgaria
Todor Tagarev	Bulgaria
Veselin Bliznakov	Bulgaria
Vladislav Goranov	Bulgaria
Alpha Barry	Burkina Faso
Blaise Compaoré	Burkina Faso
Djibrill Bassolé	Burkina Faso
Gilbert Diendéré	Burkina Faso
Ibrahim Traoré	Burkina Faso
Michel Kafando	Burkina Faso
Olivia Rouamba	Burkina Faso
Paul-Henri Damiba	Burkina Faso
Paul-Henri Sandaogo Damiba	Burkina Faso
Roch Kaboré	Burkina Faso
Roch Marc Christian Kaboré	Burkina Faso
Yacouba Isaac Zida	Burkina Faso
Aung San Suu Kyi	Burma
Htin Kyaw	Burma
Khin Nyunt	Burma
Kyaw Moe Tun	Burma
Min Aung Hlaing	Burma
Myint Swe	Burma
Nyan Win	Burma
Soe Win	Burma
Than Shwe	Burma
Thein Sein	Burma
Win Aung	Burma
Win Myint	Burma
Wunna Maung Lwin	Burma
Albert Shingiro	Burundi
Domitien Ndayizeye	Burundi
Pierre Buyoya	Burundi
Pierre Nkurunziza	Burundi
Évariste Ndayishimiye	Burundi
Hor Namhong	Cambodia
Hun Manet	Cambodia
Hun Sen	Cambodia
Norodom Sihamoni	Cambodia
Norodom Sihanouk	Cambodia
Prak Sokhonn	Cambodia
Sok Chenda Sophea	Cambodia
Tea Banh	Cambodia
Tea Seiha	Cambodia
Ephraïm Inoni	Cameroon
Issa Tchiroma Bakary	Cameroon
Joseph Dion Ngute	Cameroon
Lejeune Mbella Mbella	Cameroon
Maurice Kamto	Cameroon
Paul Biya	Cameroon
Philemon Yang	Cameroon
Adrienne Clarkson	Canada
Allan Rock	Canada
Anne McLellan	Canada
Art Eggleton	Canada
Bill Blair	Canada
Bill Morneau	Canada
Bob Rae	Canada
Chrystia Freeland	Canada
David Emerson	Canada
David McGuinty	Canada
David Pratt	Canada
Dominic LeBlanc	Canada
François-Philippe Champagne	Canada
Gary Anandasangaree	Canada
Gordon O'Connor	Canada
Guillermo Rishchynski	Canada
Harjit Sajjan	Canada
Jason Kenney	Canada
Jean Chrétien	Canada
Jim Flaherty	Canada
Jody Thomas	Canada
Joe Oliver	Canada
John Baird	Canada
John Manley	Canada
John McCallum	Canada
John McNee	Canada
Julie Payette	Canada
Justin Trudeau	Canada
Kirsten Hillman	Canada
Lawrence Cannon	Canada
Lloyd Axworthy	Canada
Marc Garneau	Canada
Marc-André Blanchard	Canada
Marco Mendicino	Canada
Mark Carney	Canada
Maxime Bernier	Canada
Michaëlle Jean	Canada
Mélanie Joly	Canada
Nathalie Drouin	Canada
Paul Heinbecker	Canada
Paul Martin	Canada
Peter MacKay	Canada
Pierre Pettigrew	Canada
Pierre Poilievre	Canada
Ralph Goodale	Canada
Rob Nicholson	Canada
Stephen Harper	Canada
Stéphane Dion	Canada
Jorge Carlos Fonseca	Cape Verde
José Maria Neves	Cape Verde
Pedro Pires	Cape Verde
Ulisses Correia e Silva	Cape Verde
Ange-Félix Patassé	Central African Republic
Catherine Samba-Panza	Central African Republic
Faustin Archange Touadéra	Central African Republic
Faustin-Archange Touadéra	Central African Republic
François Bozizé	Central African Republic
Michel Djotodia	Central African Republic
Allamaye Halina	Chad
Idriss Déby	Chad
Idriss Déby Itno	Chad
Mahamat Déby	Chad
Mahamat Idriss Déby	Chad
Mahamat Idriss Déby Itno	Chad
Succès Masra	Chad
Alberto Espina	Chile
Alberto van Klaveren	Chile
Alejandro Foxley	Chile
Andrés Allamand	Chile
Andrés Chadwick	Chile
Andrés Velasco	Chile
Antonia Urrejola	Chile
Carolina Tohá	Chile
Felipe Larraín	Chile
Gabriel Boric	Chile
Heraldo Muñoz	Chile
Ignacio Briones	Chile
Ignacio Walker	Chile
Izkia Siches	Chile
Jaime Ravinet	Chile
Jeannette Jara	Chile
José Antonio Kast	Chile
José Goñi	Chile
José Miguel Insulza	Chile
Mario Marcel	Chile
Maya Fernández	Chile
Michelle Bachelet	Chile
Nicolás Eyzaguirre	Chile
Ricardo Lagos	Chile
Roberto Ampuero	Chile
Rodrigo Valdés	Chile
Sebastián Piñera	Chile
Soledad Alvear	Chile
Teodoro Ribera	Chile
Vivianne Blanlot	Chile
Cai Qi	China
Cao Gangchuan	China
Chang Wanquan	China
Chi Haotian	China
Cui Tiankai	China
Dai Bingguo	China
Ding Xuexiang	China
Dong Jun	China
Fu Cong	China
Geng Shuang	China
Guo Jiakun	China
Guo Shengkun	China
Han Zheng	China
He Guoqiang	China
He Lifeng	China
Hong Lei	China
Hu Chunhua	China
Hu Jintao	China
Hua Chunying	China
Huang Ju	China
Hui Liangyu	China
Jia Chunwang	China
Jia Qinglin	China
Jiang Yu	China
Jiang Zemin	China
Jin Renqing	China
Kong Quan	China
Lan Fo'an	China
Lan Foan	China
Le Yucheng	China
Li Baodong	China
Li Changchun	China
Li Keqiang	China
Li Lanqing	China
Li Peng	China
Li Qiang	China
Li Ruihuan	China
Li Shangfu	China
Li Xi	China
Li Yuanchao	China
Li Zhanshu	China
Li Zhaoxing	China
Liang Guanglie	China
Lin Jian	China
Liu Guozhong	China
Liu He	China
Liu Jianchao	China
Liu Jieyi	China
Liu Kun	China
Liu Weimin	China
Liu Yandong	China
Liu Yunshan	China
Lou Jiwei	China
Lu Kang	China
Luo Gan	China
Ma Kai	China
Ma Zhaoxu	China
Mao Ning	China
Meng Jianzhu	China
Qian Qichen	China
Qin Gang	China
Sun Chunlan	China
Sun Yuxi	China
Tang Jiaxuan	China
Wang Guangya	China
Wang Huning	China
Wang Qishan	China
Wang Wenbin	China
Wang Xiaohong	China
Wang Yang	China
Wang Yi	China
Wang Yingfan	China
Wei Fenghe	China
Wei Jianxing	China
Wen Jiabao	China
Wu Bangguo	China
Wu Guanzheng	China
Wu Yi	China
Xi Jinping	China
Xiang Huaicheng	China
Xiao Jie	China
Xie Feng	China
Xie Xuren	China
Yang Jiechi	China
Yu Zhengsheng	China
Zeng Peiyan	China
Zeng Qinghong	China
Zhang Dejiang	China
Zhang Gaoli	China
Zhang Guoqing	China
Zhang Jun	China
Zhang Qiyue	China
Zhang Yesui	China
Zhao Kezhi	China
Zhao Leji	China
Zhao Lijian	China
Zhou Yongkang	China
Zhu Bangzao	China
Zhu Rongji	China
Alberto Carrasquilla	Colombia
Andrés Pastrana	Colombia
Angelino Garzón	Colombia
Armando Benedetti	Colombia
Camilo Ospina	Colombia
Carlos Holmes Trujillo	Colombia
Carolina Barco	Colombia
Claudia Blum	Colombia
César Gaviria	Colombia
Diego Molano	Colombia
Francia Márquez	Colombia
Francisco Santos Calderón	Colombia
Germán Vargas Lleras	Colombia
Guillermo Botero	Colombia
Guillermo Fernández de Soto	Colombia
Gustavo Petro	Colombia
Iván Duque	Colombia
Iván Velásquez	Colombia
Jaime Bermúdez	Colombia
Jorge Alberto Uribe	Colombia
José Antonio Ocampo	Colombia
Juan Carlos Echeverry	Colombia
Juan Carlos Pinzón	Colombia
Juan Fernando Cristo	Colombia
Juan Manuel Santos	Colombia
Laura Sarabia	Colombia
Luis Carlos Villegas	Colombia
Luis Gilberto Murillo	Colombia
Marta Lucía Ramírez	Colombia
María Consuelo Araújo	Colombia
María Ángela Holguín	Colombia
Mauricio Cárdenas	Colombia
Ricardo Bonilla	Colombia
Roberto Junguito	Colombia
Rosa Villavicencio	Colombia
Álvaro Leyva	Colombia
Álvaro Uribe	Colombia
Óscar Iván Zuluaga	Colombia
Ahmed Abdallah Sambi	Comoros
Azali Assoumani	Comoros
Ikililou Dhoinine	Comoros
Abel Pacheco	Costa Rica
Arnoldo André Tinoco	Costa Rica
Bruno Stagno	Costa Rica
Bruno Stagno Ugarte	Costa Rica
Carlos Alvarado Quesada	Costa Rica
José María Figueres	Costa Rica
Laura Chinchilla	Costa Rica
Luis Guillermo Solís	Costa Rica
Manuel González Sanz	Costa Rica
Miguel Ángel Rodríguez	Costa Rica
Rodrigo Chaves	Costa Rica
Rodrigo Chaves Robles	Costa Rica
Óscar Arias	Costa Rica
Andrej Plenković	Croatia
Damir Krstičević	Croatia
Davor Ivo Stier	Croatia
Gordan Grlić Radman	Croatia
Gordan Jandroković	Croatia
Ivan Anušić	Croatia
Ivica Račan	Croatia
Ivo Josipović	Croatia
Ivo Sanader	Croatia
Jadranka Kosor	Croatia
Kolinda Grabar-Kitarović	Croatia
Marija Pejčinović Burić	Croatia
Mario Banožić	Croatia
Miomir Žužul	Croatia
Miro Kovač	Croatia
Stjepan Mesić	Croatia
Tihomir Orešković	Croatia
Tonino Picula	Croatia
Vesna Pusić	Croatia
Zdravko Marić	Croatia
Zoran Milanović	Croatia
Bruno Rodríguez	Cuba
Bruno Rodríguez Parrilla	Cuba
Carlos Fernández de Cossío	Cuba
Carlos Lage	Cuba
Felipe Pérez Roque	Cuba
Fidel Castro	Cuba
Josefina Vidal	Cuba
José Ramón Machado Ventura	Cuba
Leopoldo Cintra Frías	Cuba
Manuel Marrero	Cuba
Manuel Marrero Cruz	Cuba
Miguel Díaz-Canel	Cuba
Raúl Castro	Cuba
Ricardo Alarcón	Cuba
Salvador Valdés Mesa	Cuba
Álvaro López Miera	Cuba
Constantinos Kombos	Cyprus
Demetris Christofias	Cyprus
Erato Kozakou-Marcoullis	Cyprus
George Iacovou	Cyprus
Glafcos Clerides	Cyprus
Ioannis Kasoulides	Cyprus
Markos Kyprianou	Cyprus
Nicos Anastasiades	Cyprus
Nikos Anastasiades	Cyprus
Nikos Christodoulides	Cyprus
Tassos Papadopoulos	Cyprus
Alena Schillerová	Czech Republic
Alexandr Vondra	Czech Republic
Andrej Babiš	Czech Republic
Bohuslav Sobotka	Czech Republic
Cyril Svoboda	Czech Republic
Jakub Kulhánek	Czech Republic
Jan Fischer	Czech Republic
Jan Kavan	Czech Republic
Jan Kohout	Czech Republic
Jan Lipavský	Czech Republic
Jana Černochová	Czech Republic
Jaroslav Tvrdík	Czech Republic
Jiří Paroubek	Czech Republic
Jiří Rusnok	Czech Republic
Karel Schwarzenberg	Czech Republic
Lubomír Metnar	Czech Republic
Lubomír Zaorálek	Czech Republic
Martin Stropnický	Czech Republic
Miloš Zeman	Czech Republic
Mirek Topolánek	Czech Republic
Miroslav Kalousek	Czech Republic
Petr Fiala	Czech Republic
Petr Nečas	Czech Republic
Petr Pavel	Czech Republic
Stanislav Gross	Czech Republic
Tomáš Petříček	Czech Republic
Vladimír Špidla	Czech Republic
Vlasta Parkanová	Czech Republic
Václav Havel	Czech Republic
Václav Klaus	Czech Republic
Zbyněk Stanjura	Czech Republic
Adolphe Muzito	Democratic Republic of the Congo
Augustin Matata Ponyo	Democratic Republic of the Congo
Azarias Ruberwa	Democratic Republic of the Congo
Bruno Tshibala	Democratic Republic of the Congo
Christophe Lutundula	Democratic Republic of the Congo
Corneille Nangaa	Democratic Republic of the Congo
Félix Antoine Tshisekedi	Democratic Republic of the Congo
Félix Tshisekedi	Democratic Republic of the Congo
Jean-Pierre Bemba	Democratic Republic of the Congo
Joseph Kabila	Democratic Republic of the Congo
Judith Suminwa	Democratic Republic of the Congo
Laurent Kabila	Democratic Republic of the Congo
Laurent-Désiré Kabila	Democratic Republic of the Congo
Léonard She Okitundu	Democratic Republic of the Congo
Martin Fayulu	Democratic Republic of the Congo
Matata Ponyo Mapon	Democratic Republic of the Congo
Moïse Katumbi	Democratic Republic of the Congo
Patrick Muyaya	Democratic Republic of the Congo
Raymond Tshibanda	Democratic Republic of the Congo
Sama Lukonde	Democratic Republic of the Congo
Sylvestre Ilunga	Democratic Republic of the Congo
Thérèse Kayikwamba Wagner	Democratic Republic of the Congo
Vital Kamerhe	Democratic Republic of the Congo
Étienne Tshisekedi	Democratic Republic of the Congo
Anders Samuelsen	Denmark
Bjarne Corydon	Denmark
Claus Hjort Frederiksen	Denmark
Gitte Lillelund Bech	Denmark
Helle Thorning-Schmidt	Denmark
Jakob Ellemann-Jensen	Denmark
Jeppe Kofod	Denmark
King Frederik X	Denmark
Kristian Jensen	Denmark
Lars Lokke Rasmussen	Denmark
Lars Løkke Rasmussen	Denmark
Lene Espersen	Denmark
Martin Lidegaard	Denmark
Mette Frederiksen	Denmark
Mogens Lykketoft	Denmark
Morten Bodskov	Denmark
Morten Bødskov	Denmark
Nick Haekkerup	Denmark
Nick Hækkerup	Denmark
Nicolai Wammen	Denmark
Per Stig Moller	Denmark
Per Stig Møller	Denmark
Poul Nyrup Rasmussen	Denmark
Queen Margrethe	Denmark
Queen Margrethe II	Denmark
Soren Gade	Denmark
Søren Gade	Denmark
Thor Pedersen	Denmark
Trine Bramsen	Denmark
Troels Lund Poulsen	Denmark
Villy Sovndal	Denmark
Villy Søvndal	Denmark
Abdoulkader Kamil Mohamed	Djibouti
Ismaïl Omar Guelleh	Djibouti
Charles Savarin	Dominica
Roosevelt Douglas	Dominica
Roosevelt Skerrit	Dominica
Carlos Morales Troncoso	Dominican Republic
Danilo Medina	Dominican Republic
Hipólito Mejía	Dominican Republic
Leonel Fernández	Dominican Republic
Luis Abinader	Dominican Republic
Miguel Vargas Maldonado	Dominican Republic
Francisco Guterres	East Timor
Jose Ramos-Horta	East Timor
Mari Alkatiri	East Timor
Rui Maria de Araujo	East Timor
Taur Matan Ruak	East Timor
Xanana Gusmao	East Timor
Alfredo Palacio	Ecuador
Daniel Noboa	Ecuador
Gabriela Sommerfeld	Ecuador
Guillaume Long	Ecuador
Guillermo Lasso	Ecuador
Gustavo Noboa	Ecuador
Jamil Mahuad	Ecuador
Jorge Glas	Ecuador
Lenín Moreno	Ecuador
Lucio Gutiérrez	Ecuador
María Fernanda Espinosa	Ecuador
Otto Sonnenholzner	Ecuador
Rafael Correa	Ecuador
Ricardo Patiño	Ecuador
Verónica Abad	Ecuador
Abbas Kamel	Egypt
Abdel Fattah al-Sisi	Egypt
Abdel Fattah el-Sisi	Egypt
Abdel Fattah el-Sissi	Egypt
Abdel-Fattah el-Sissi	Egypt
Adly Mansour	Egypt
Ahmed Abu Zeid	Egypt
Ahmed Kouchouk	Egypt
Ahmed Maher	Egypt
Ahmed Nazif	Egypt
Ahmed Shafik	Egypt
Ahmed Shafiq	Egypt
Atef Ebeid	Egypt
Badr Abdel Aty	Egypt
Badr Abdelatty	Egypt
Bassam Rady	Egypt
Essam Sharaf	Egypt
Gamal Mubarak	Egypt
Habib al-Adly	Egypt
Habib el-Adly	Egypt
Hassan Rashad	Egypt
Hazem Beblawi	Egypt
Hazem el-Beblawi	Egypt
Hesham Qandil	Egypt
Hisham Qandil	Egypt
Hosni Mubarak	Egypt
Ibrahim Mahlab	Egypt
Kamal Ganzouri	Egypt
Kamal el-Ganzouri	Egypt
Magdy Abdel Ghaffar	Egypt
Maged Abdelaziz	Egypt
Mahmoud Tawfik	Egypt
Mohamed Hussein Tantawi	Egypt
Mohamed Kamel Amr	Egypt
Mohamed Maait	Egypt
Mohamed Morsi	Egypt
Mohamed Mursi	Egypt
Mohammed Morsi	Egypt
Mostafa Madbouly	Egypt
Moustafa Madbouly	Egypt
Nabil Fahmy	Egypt
Osama Abdel Khalek	Egypt
Sameh Shoukry	Egypt
Sedki Sobhi	Egypt
Sedki Sobhy	Egypt
Sherif Ismail	Egypt
Tamim Khallaf	Egypt
Youssef Boutros Ghali	Egypt
Youssef Boutros-Ghali	Egypt
Alexandra Hill Tinoco	El Salvador
Antonio Saca	El Salvador
Elías Antonio Saca	El Salvador
Francisco Flores	El Salvador
Félix Ulloa	El Salvador
Mauricio Funes	El Salvador
Nayib Bukele	El Salvador
Salvador Sánchez Cerén	El Salvador
Teodoro Nguema Obiang Mangue	Equatorial Guinea
Teodoro Obiang	Equatorial Guinea
Teodoro Obiang Nguema	Equatorial Guinea
Teodoro Obiang Nguema Mbasogo	Equatorial Guinea
Isaias Afewerki	Eritrea
Isaias Afwerki	Eritrea
Osman Saleh	Eritrea
Yemane Gebreab	Eritrea
Yemane Gebremeskel	Eritrea
Alar Karis	Estonia
Andrus Ansip	Estonia
Arnold Rüütel	Estonia
Eva-Maria Liimets	Estonia
Hannes Hanso	Estonia
Hanno Pevkur	Estonia
Jaak Aaviksoo	Estonia
Juhan Parts	Estonia
Jüri Luik	Estonia
Jüri Ratas	Estonia
Kalle Laanet	Estonia
Keit Pentus-Rosimannus	Estonia
Kersti Kaljulaid	Estonia
Kristen Michal	Estonia
Kristiina Ojuland	Estonia
Lennart Meri	Estonia
Margus Tsahkna	Estonia
Marina Kaljurand	Estonia
Mart Laar	Estonia
Siim Kallas	Estonia
Sven Mikser	Estonia
Taavi Rõivas	Estonia
Toomas Hendrik Ilves	Estonia
Urmas Paet	Estonia
Urmas Reinsalu	Estonia
Ambrose Dlamini	Eswatini
Barnabas Sibusiso Dlamini	Eswatini
Mswati III	Eswatini
Russell Dlamini	Eswatini
Themba Masuku	Eswatini
Abiy Ahmed	Ethiopia
Abiy Ahmed Ali	Ethiopia
Abraham Belay	Ethiopia
Ahmed Shide	Ethiopia
Billene Seyoum	Ethiopia
Birhanu Jula	Ethiopia
Debretsion Gebremichael	Ethiopia
Demeke Mekonnen	Ethiopia
Dina Mufti	Ethiopia
Gedion Timothewos	Ethiopia
Gedu Andargachew	Ethiopia
Getachew Reda	Ethiopia
Girma Wolde-Giorgis	Ethiopia
Hailemariam Desalegn	Ethiopia
Kenea Yadeta	Ethiopia
Lemma Megersa	Ethiopia
Meles Zenawi	Ethiopia
Mulatu Teshome	Ethiopia
Nebiat Getachew	Ethiopia
Negasso Gidada	Ethiopia
Redwan Hussien	Ethiopia
Sahle-Work Zewde	Ethiopia
Seyoum Mesfin	Ethiopia
Siraj Fegessa	Ethiopia
Sufian Ahmed	Ethiopia
Tadesse Werede	Ethiopia
Taye Atske Selassie	Ethiopia
Temesgen Tiruneh	Ethiopia
Workneh Gebeyehu	Ethiopia
Andrius Kubilius	European Commission
Cecilia Malmström	European Commission
Jean-Claude Juncker	European Commission
Johannes Hahn	European Commission
José Manuel Barroso	European Commission
José Manuel Durão Barroso	European Commission
Margrethe Vestager	European Commission
Maroš Šefčovič	European Commission
Marta Kos	European Commission
Olivér Várhelyi	European Commission
Romano Prodi	European Commission
Ursula von der Leyen	European Commission
Valdis Dombrovskis	European Commission
Štefan Füle	European Commission
António Costa	European Council
Charles Michel	European Council
Herman Van Rompuy	European Council
Catherine Ashton	European Union
David Sassoli	European Union
Federica Mogherini	European Union
Javier Solana	European Union
Josep Borrell	European Union
Kaja Kallas	European Union
Nabila Massrali	European Union
Peter Stano	European Union
Roberta Metsola	European Union
Epeli Nailatikau	Fiji
Frank Bainimarama	Fiji
Jioji Konrote	Fiji
Josefa Iloilo	Fiji
Laisenia Qarase	Fiji
Mahendra Chaudhry	Fiji
Sitiveni Rabuka	Fiji
Voreqe Bainimarama	Fiji
Wiliame Katonivere	Fiji
Alexander Stubb	Finland
Anneli Jäätteenmäki	Finland
Annika Saarikko	Finland
Antti Häkkänen	Finland
Antti Kaikkonen	Finland
Antti Kalliomäki	Finland
Antti Rinne	Finland
Carl Haglund	Finland
Eero Heinäluoma	Finland
Elina Valtonen	Finland
Erkki Tuomioja	Finland
Ilkka Kanerva	Finland
Juha Sipilä	Finland
Jussi Niinistö	Finland
Jyri Häkämies	Finland
Jyrki Katainen	Finland
Mari Kiviniemi	Finland
Matti Vanhanen	Finland
Paavo Lipponen	Finland
Pekka Haavisto	Finland
Petteri Orpo	Finland
Riikka Purra	Finland
Sanna Marin	Finland
Sauli Niinistö	Finland
Seppo Kääriäinen	Finland
Stefan Wallin	Finland
Tarja Halonen	Finland
Timo Soini	Finland
Agnès von der Mühll	France
Alain Juppé	France
Alain Richard	France
Anne-Claire Legendre	France
Antoine Armand	France
Benjamin Haddad	France
Bernard Cazeneuve	France
Bernard Kouchner	France
Bernard Valero	France
Brice Hortefeux	France
Bruno Le Maire	France
Bruno Retailleau	France
Catherine Colonna	France
Catherine Vautrin	France
Christophe Castaner	France
Christophe Lemoine	France
Claude Guéant	France
Clément Beaune	France
Daniel Vaillant	France
Dominique de Villepin	France
Emmanuel Bonne	France
Emmanuel Macron	France
Florence Parly	France
Francis Mer	France
François Baroin	France
François Bayrou	France
François Delattre	France
François Fillon	France
François Hollande	France
Gabriel Attal	France
Gérald Darmanin	France
Gérard Araud	France
Gérard Collomb	France
Gérard Longuet	France
Hervé Gaymard	France
Hervé Morin	France
Hubert Védrine	France
Jacques Chirac	France
Jean Castex	France
Jean-David Levitte	France
Jean-Luc Mélenchon	France
Jean-Marc Ayrault	France
Jean-Marc de La Sablière	France
Jean-Noël Barrot	France
Jean-Pierre Raffarin	France
Jean-Yves Le Drian	France
Jordan Bardella	France
Jérôme Bonnafont	France
Laurent Fabius	France
Laurent Nuñez	France
Lionel Jospin	France
Manuel Valls	France
Marine Le Pen	France
Michel Barnier	France
Michel Sapin	France
Michèle Alliot-Marie	France
Nicolas Sarkozy	France
Nicolas de Rivière	France
Philippe Douste-Blazy	France
Philippe Étienne	France
Pierre Moscovici	France
Roland Lescure	France
Romain Nadal	France
Stéphane Séjourné	France
Sylvie Goulard	France
Sébastien Lecornu	France
Ségolène Royal	France
Édouard Philippe	France
Élisabeth Borne	France
Éric Lombard	France
Ali Bongo	Gabon
Ali Bongo Ondimba	Gabon
Brice Oligui Nguema	Gabon
Omar Bongo	Gabon
Omar Bongo Ondimba	Gabon
Raymond Ndong Sima	Gabon
Rose Christiane Raponda	Gabon
Adama Barrow	Gambia
Isatou Touray	Gambia
Mamadou Tangara	Gambia
Yahya Jammeh	Gambia
Bacho Akhalaia	Georgia
Bidzina Ivanishvili	Georgia
David Zalkaliani	Georgia
Davit Kezerashvili	Georgia
Eduard Shevardnadze	Georgia
Eka Tkeshelashvili	Georgia
Gela Bezhuashvili	Georgia
Giorgi Gakharia	Georgia
Giorgi Kvirikashvili	Georgia
Giorgi Margvelashvili	Georgia
Grigol Mgaloblishvili	Georgia
Grigol Vashadze	Georgia
Ilia Darchiashvili	Georgia
Irakli Alasania	Georgia
Irakli Garibashvili	Georgia
Irakli Gharibashvili	Georgia
Irakli Kobakhidze	Georgia
Irakli Menagarishvili	Georgia
Irakli Okruashvili	Georgia
Juansher Burchuladze	Georgia
Lado Gurgenidze	Georgia
Levan Izoria	Georgia
Maia Panjikidze	Georgia
Maka Botchorishvili	Georgia
Mamuka Bakhtadze	Georgia
Mikhail Saakashvili	Georgia
Mikheil Janelidze	Georgia
Mikheil Kavelashvili	Georgia
Mikheil Saakashvili	Georgia
Nika Gilauri	Georgia
Nino Burjanadze	Georgia
Salome Zourabichvili	Georgia
Salome Zurabishvili	Georgia
Tamar Beruchashvili	Georgia
Tedo Japaridze	Georgia
Tinatin Khidasheli	Georgia
Vano Merabishvili	Georgia
Zurab Noghaideli	Georgia
Zurab Zhvania	Georgia
Alexander Dobrindt	Germany
Alice Weidel	Germany
Angela Merkel	Germany
Annalena Baerbock	Germany
Annegret Kramp-Karrenbauer	Germany
Antje Leendertse	Germany
Boris Pistorius	Germany
Christian Lindner	Germany
Christian Wulff	Germany
Christine Lambrecht	Germany
Christoph Heusgen	Germany
Frank-Walter Steinmeier	Germany
Franz Josef Jung	Germany
Franz Müntefering	Germany
Friedrich Merz	Germany
Gerhard Schroeder	Germany
Gerhard Schröder	Germany
Guido Westerwelle	Germany
Gunter Pleuger	Germany
Hans Eichel	Germany
Hans-Peter Friedrich	Germany
Heiko Maas	Germany
Horst Köhler	Germany
Horst Seehofer	Germany
Jan Hecker	Germany
Jens Plötner	Germany
Joachim Gauck	Germany
Johann Wadephul	Germany
Johannes Rau	Germany
Joschka Fischer	Germany
Jörg Kukies	Germany
Karl-Theodor zu Guttenberg	Germany
Lars Klingbeil	Germany
Markus Söder	Germany
Nancy Faeser	Germany
Olaf Scholz	Germany
Otto Schily	Germany
Peer Steinbrueck	Germany
Peer Steinbrück	Germany
Peter Struck	Germany
Peter Wittig	Germany
Philipp Rösler	Germany
Robert Habeck	Germany
Rudolf Scharping	Germany
Sigmar Gabriel	Germany
Stefan Kornelius	Germany
Steffen Hebestreit	Germany
Steffen Seibert	Germany
Thomas Matussek	Germany
Thomas de Maizière	Germany
Wolfgang Ischinger	Germany
Wolfgang Schaeuble	Germany
Wolfgang Schäuble	Germany
Akwasi Osei-Adjei	Ghana
Aliu Mahama	Ghana
Cassiel Ato Forson	Ghana
Hackman Owusu-Agyeman	Ghana
Hanna Tetteh	Ghana
Hannah Tetteh	Ghana
Jane Naana Opoku-Agyemang	Ghana
Jerry Rawlings	Ghana
John Agyekum Kufuor	Ghana
John Atta Mills	Ghana
John Dramani Mahama	Ghana
John Evans Atta Mills	Ghana
John Kufuor	Ghana
John Mahama	Ghana
Ken Ofori-Atta	Ghana
Kwabena Duffuor	Ghana
Kwesi Amissah-Arthur	Ghana
Mahamudu Bawumia	Ghana
Mohammed Amin Adam	Ghana
Muhammad Mumuni	Ghana
Nana Addo Dankwa Akufo-Addo	Ghana
Nana Akufo-Addo	Ghana
Samuel Okudzeto Ablakwa	Ghana
Seth Terkper	Ghana
Shirley Ayorkor Botchwey	Ghana
Alexis Tsipras	Greece
Antonis Samaras	Greece
Christos Staikouras	Greece
Costas Karamanlis	Greece
Costas Simitis	Greece
Dimitris Avramopoulos	Greece
Dimitris Droutsas	Greece
Dora Bakoyanni	Greece
Dora Bakoyannis	Greece
Euclid Tsakalotos	Greece
Evangelos Apostolakis	Greece
Evangelos Meimarakis	Greece
Evangelos Venizelos	Greece
George Alogoskoufis	Greece
George Gerapetritis	Greece
George Katrougalos	Greece
George Papaconstantinou	Greece
George Papandreou	Greece
Gikas Hardouvelis	Greece
Giorgos Gerapetritis	Greece
Giorgos Katrougalos	Greece
Giorgos Papakonstantinou	Greece
Giorgos Papandreou	Greece
Ioannis Sarmas	Greece
Karolos Papoulias	Greece
Katerina Sakellaropoulou	Greece
Konstantinos Stephanopoulos	Greece
Konstantinos Tasoulas	Greece
Kostas Karamanlis	Greece
Kostas Simitis	Greece
Kostis Hatzidakis	Greece
Kostis Stephanopoulos	Greece
Kyriakos Mitsotakis	Greece
Kyriakos Pierrakakis	Greece
Loukas Papademos	Greece
Lucas Papademos	Greece
Nikos Christodoulakis	Greece
Nikos Dendias	Greece
Nikos Kotzias	Greece
Nikos Panagiotopoulos	Greece
Panagiotis Pikrammenos	Greece
Panos Beglitis	Greece
Panos Kammenos	Greece
Petros Molyviatis	Greece
Prokopis Pavlopoulos	Greece
Spilios Spiliotopoulos	Greece
Stavros Dimas	Greece
Stavros Lambrinidis	Greece
Tassos Giannitsis	Greece
Vassiliki Thanou	Greece
Yanis Varoufakis	Greece
Yannis Stournaras	Greece
Yannos Papantoniou	Greece
Dickon Mitchell	Grenada
Tillman Thomas	Grenada
Alejandro Giammattei	Guatemala
Alejandro Maldonado	Guatemala
Alfonso Portillo	Guatemala
Bernardo Arévalo	Guatemala
Carlos Ramiro Martínez	Guatemala
Carlos Raúl Morales	Guatemala
Consuelo Porras	Guatemala
Jimmy Morales	Guatemala
Karin Herrera	Guatemala
Mario Búcaro	Guatemala
Otto Pérez Molina	Guatemala
Pedro Brolo	Guatemala
Roxana Baldetti	Guatemala
Sandra Jovel	Guatemala
Sandra Torres	Guatemala
Álvaro Colom	Guatemala
Óscar Berger	Guatemala
Alpha Condé	Guinea
Amadou Oury Bah	Guinea
Bah Oury	Guinea
Cellou Dalein Diallo	Guinea
Lansana Conté	Guinea
Mamady Doumbouya	Guinea
Moussa Dadis Camara	Guinea
Sékouba Konaté	Guinea
Carlos Gomes Júnior	Guinea-Bissau
Domingos Simões Pereira	Guinea-Bissau
José Mário Vaz	Guinea-Bissau
João Bernardo Vieira	Guinea-Bissau
Kumba Ialá	Guinea-Bissau
Kumba Yalá	Guinea-Bissau
Malam Bacai Sanhá	Guinea-Bissau
Nino Vieira	Guinea-Bissau
Raimundo Pereira	Guinea-Bissau
Umaro Sissoco Embaló	Guinea-Bissau
Abdul Rahman bin Hamad Al Attiyah	Gulf Cooperation Council
Abdulrahman Al-Attiyah	Gulf Cooperation Council
Jasem Mohamed Albudaiwi	Gulf Cooperation Council
Jassim Mohammed Al-Budaiwi	Gulf Cooperation Council
Nayef Falah Al-Hajraf	Gulf Cooperation Council
Nayef al-Hajraf	Gulf Cooperation Council
Bharrat Jagdeo	Guyana
Carl Greenidge	Guyana
David Granger	Guyana
Donald Ramotar	Guyana
Hugh Todd	Guyana
Irfaan Ali	Guyana
Mohamed Irfaan Ali	Guyana
Moses Nagamootoo	Guyana
Sam Hinds	Guyana
Alix Didier Fils-Aimé	Haiti
Ariel Henry	Haiti
Boniface Alexandre	Haiti
Claude Joseph	Haiti
Edgard Leblanc Fils	Haiti
Fritz Alphonse Jean	Haiti
Garry Conille	Haiti
Gérard Latortue	Haiti
Jack Guy Lafontant	Haiti
Jacques-Édouard Alexis	Haiti
Jean-Bertrand Aristide	Haiti
Jean-Max Bellerive	Haiti
Jocelerme Privert	Haiti
Jovenel Moïse	Haiti
Laurent Lamothe	Haiti
Laurent Saint-Cyr	Haiti
Leslie Voltaire	Haiti
Michel Martelly	Haiti
Michèle Pierre-Louis	Haiti
René Préval	Haiti
Carlos Roberto Flores	Honduras
Eduardo Enrique Reina	Honduras
Juan Orlando Hernández	Honduras
Manuel Zelaya	Honduras
Mel Zelaya	Honduras
Nasry Asfura	Honduras
Patricia Rodas	Honduras
Porfirio Lobo	Honduras
Porfirio Lobo Sosa	Honduras
Ricardo Maduro	Honduras
Roberto Micheletti	Honduras
Salvador Nasralla	Honduras
Xiomara Castro	Honduras
Carrie Lam	Hong Kong
Donald Tsang	Hong Kong
John Lee Ka-chiu	Hong Kong
Leung Chun-ying	Hong Kong
Tung Chee-hwa	Hong Kong
Csaba Hende	Hungary
Ferenc Gyurcsány	Hungary
Ferenc Mádl	Hungary
Ferenc Somogyi	Hungary
Gergely Gulyás	Hungary
Gordon Bajnai	Hungary
György Matolcsy	Hungary
István Simicskó	Hungary
János Martonyi	Hungary
János Áder	Hungary
Katalin Novák	Hungary
Kinga Göncz	Hungary
Kristóf Szalay-Bobrovniczky	Hungary
László Sólyom	Hungary
Mihály Varga	Hungary
Pál Schmitt	Hungary
Péter Balázs	Hungary
Péter Magyar	Hungary
Péter Medgyessy	Hungary
Péter Szijjártó	Hungary
Tamás Sulyok	Hungary
Tibor Benkő	Hungary
Tibor Navracsics	Hungary
Viktor Orbán	Hungary
Bjarni Benediktsson	Iceland
Davíd Oddsson	Iceland
Davíð Oddsson	Iceland
Geir H. Haarde	Iceland
Geir Haarde	Iceland
Gudlaugur Thór Thórdarson	Iceland
Gudni Jóhannesson	Iceland
Gudni Th. Jóhannesson	Iceland
Gunnar Bragi Sveinsson	Iceland
Guðlaugur Þór Þórðarson	Iceland
Guðni Jóhannesson	Iceland
Guðni Th. Jóhannesson	Iceland
Halla Tómasdóttir	Iceland
Halldór Ásgrímsson	Iceland
Ingibjörg Sólrún Gísladóttir	Iceland
Jóhanna Sigurdardóttir	Iceland
Jóhanna Sigurðardóttir	Iceland
Katrín Jakobsdóttir	Iceland
Kristrún Frostadóttir	Iceland
Lilja Alfredsdóttir	Iceland
Lilja Alfreðsdóttir	Iceland
Sigmundur Davíd Gunnlaugsson	Iceland
Sigmundur Davíð Gunnlaugsson	Iceland
Sigurdur Ingi Jóhannsson	Iceland
Sigurður Ingi Jóhannsson	Iceland
Thorgerdur Katrín Gunnarsdóttir	Iceland
Thórdís Kolbrún Reykfjörd Gylfadóttir	Iceland
Ólafur Ragnar Grímsson	Iceland
Össur Skarphédinsson	Iceland
Össur Skarphéðinsson	Iceland
Þorgerður Katrín Gunnarsdóttir	Iceland
Þórdís Kolbrún Reykfjörð Gylfadóttir	Iceland
A. K. Antony	India
A. P. J. Abdul Kalam	India
APJ Abdul Kalam	India
Ajit Doval	India
Amit Shah	India
Anurag Srivastava	India
Arindam Bagchi	India
Arun Jaitley	India
Asoke Mukerji	India
Atal Bihari Vajpayee	India
Bhairon Singh Shekhawat	India
Brajesh Mishra	India
C. P. Radhakrishnan	India
Droupadi Murmu	India
George Fernandes	India
Gopal Baglay	India
Hamid Ansari	India
Hardeep Singh Puri	India
Harsh Vardhan Shringla	India
J. N. Dixit	India
Jagdeep Dhankhar	India
Jaswant Singh	India
K. R. Narayanan	India
L. K. Advani	India
M. K. Narayanan	India
Manmohan Singh	India
Manohar Parrikar	India
Narendra Modi	India
Natwar Singh	India
Navtej Sarna	India
Nirmala Sitharaman	India
Nirupam Sen	India
Nirupama Rao	India
P. Chidambaram	India
Parvathaneni Harish	India
Piyush Goyal	India
Pranab Mukherjee	India
Pratibha Patil	India
Rajnath Singh	India
Ram Nath Kovind	India
Randhir Jaiswal	India
Ranjan Mathai	India
Raveesh Kumar	India
Ruchira Kamboj	India
S. Jaishankar	India
S. M. Krishna	India
Salman Khurshid	India
Shivraj Patil	India
Shivshankar Menon	India
Shyam Saran	India
Subrahmanyam Jaishankar	India
Sujatha Singh	India
Sushilkumar Shinde	India
Sushma Swaraj	India
Syed Akbaruddin	India
T. S. Tirumurti	India
Venkaiah Naidu	India
Vijay Gokhale	India
Vikas Swarup	India
Vikram Misri	India
Vinay Mohan Kwatra	India
Vishnu Prakash	India
Yashwant Sinha	India
Abdurrahman Wahid	Indonesia
Alwi Shihab	Indonesia
Gibran Rakabuming Raka	Indonesia
Hamzah Haz	Indonesia
Hassan Wirajuda	Indonesia
Joko Widodo	Indonesia
Jusuf Kalla	Indonesia
Juwono Sudarsono	Indonesia
Luhut Binsar Pandjaitan	Indonesia
Ma'ruf Amin	Indonesia
Marty Natalegawa	Indonesia
Megawati Sukarnoputri	Indonesia
Prabowo Subianto	Indonesia
Purbaya Yudhi Sadewa	Indonesia
Purnomo Yusgiantoro	Indonesia
Retno Marsudi	Indonesia
Ryamizard Ryacudu	Indonesia
Sjafrie Sjamsoeddin	Indonesia
Sri Mulyani	Indonesia
Sri Mulyani Indrawati	Indonesia
Susilo Bambang Yudhoyono	Indonesia
Cornel Feruță	International Atomic Energy Agency
Mohamed El Baradei	International Atomic Energy Agency
Mohamed ElBaradei	International Atomic Energy Agency
Mohammed ElBaradei	International Atomic Energy Agency
Rafael Grossi	International Atomic Energy Agency
Rafael Mariano Grossi	International Atomic Energy Agency
Yukiya Amano	International Atomic Energy Agency
Anne Krueger	International Monetary Fund
Christine Lagarde	International Monetary Fund
Dominique Strauss-Kahn	International Monetary Fund
Gita Gopinath	International Monetary Fund
John Lipsky	International Monetary Fund
Julie Kozack	International Monetary Fund
Kristalina Georgieva	International Monetary Fund
Michel Camdessus	International Monetary Fund
Rodrigo Rato	International Monetary Fund
Rodrigo de Rato	International Monetary Fund
Abbas Araghchi	Iran
Abbas Araqchi	Iran
Abbas Mousavi	Iran
Abdolreza Rahmani Fazli	Iran
Ahmad Vahidi	Iran
Akbar Hashemi Rafsanjani	Iran
Ali Akbar Ahmadian	Iran
Ali Akbar Salehi	Iran
Ali Bagheri Kani	Iran
Ali Khamenei	Iran
Ali Larijani	Iran
Ali Shamkhani	Iran
Amir Hatami	Iran
Amir Saeid Iravani	Iran
Aziz Nasirzadeh	Iran
Bahram Ghasemi	Iran
Bahram Qasemi	Iran
Ebrahim Raeisi	Iran
Ebrahim Raisi	Iran
Eshaq Jahangiri	Iran
Eskandar Momeni	Iran
Esmaeil Baghaei	Iran
Esmaeil Baqaei	Iran
Gholamali Khoshroo	Iran
Hamid Reza Asefi	Iran
Hassan Rohani	Iran
Hassan Rouhani	Iran
Hossein Amir-Abdollahian	Iran
Hossein Amirabdollahian	Iran
Hossein Dehghan	Iran
Javad Zarif	Iran
Kamal Kharrazi	Iran
Mahmoud Ahmadinejad	Iran
Majid Takht-Ravanchi	Iran
Manouchehr Mottaki	Iran
Marzieh Afkham	Iran
Masoud Pezeshkian	Iran
Mohammad Bagher Ghalibaf	Iran
Mohammad Baqer Qalibaf	Iran
Mohammad Eslami	Iran
Mohammad Javad Zarif	Iran
Mohammad Khatami	Iran
Mohammad Khazaee	Iran
Mohammad Mokhber	Iran
Mohammad Reza Aref	Iran
Mohammad Reza Gharaei Ashtiani	Iran
Mostafa Mohammad-Najjar	Iran
Nasser Kanaani	Iran
Parviz Davoodi	Iran
Qasem Soleimani	Iran
Qassem Soleimani	Iran
Ramin Mehmanparast	Iran
Saeed Jalili	Iran
Saeed Khatibzadeh	Iran
Abdul Latif Rashid	Iraq
Adel Abdul Mahdi	Iraq
Adil Abdul-Mahdi	Iraq
Ayad Allawi	Iraq
Barham Salih	Iraq
Fuad Hussein	Iraq
Fuad Masum	Iraq
Ghazi al-Yawer	Iraq
Haider al-Abadi	Iraq
Hoshyar Zebari	Iraq
Ibrahim al-Jaafari	Iraq
Iyad Allawi	Iraq
Jalal Talabani	Iraq
Masoud Barzani	Iraq
Mohamed Ali Alhakim	Iraq
Mohammed Shia al-Sudani	Iraq
Mohammed al-Halbousi	Iraq
Mustafa al-Kadhimi	Iraq
Naji Sabri	Iraq
Nechirvan Barzani	Iraq
Nouri Maliki	Iraq
Nouri al-Maliki	Iraq
Saddam Hussein	Iraq
Tariq Aziz	Iraq
Tariq al-Hashimi	Iraq
Bertie Ahern	Ireland
Brian Cowen	Ireland
Brian Lenihan	Ireland
Catherine Connolly	Ireland
Charles Flanagan	Ireland
Charlie McCreevy	Ireland
Dermot Ahern	Ireland
Eamon Gilmore	Ireland
Enda Kenny	Ireland
Helen McEntee	Ireland
Leo Varadkar	Ireland
Mary McAleese	Ireland
Michael D Higgins	Ireland
Michael D. Higgins	Ireland
Michael McGrath	Ireland
Michael Noonan	Ireland
Micheál Martin	Ireland
Paschal Donohoe	Ireland
Simon Coveney	Ireland
Simon Harris	Ireland
Willie O'Dea	Ireland
Amir Peretz	Israel
Ariel Sharon	Israel
Aryeh Deri	Israel
Avi Dichter	Israel
Avigdor Liberman	Israel
Avigdor Lieberman	Israel
Ayelet Shaked	Israel
Benjamin Ben-Eliezer	Israel
Benjamin Netanyahu	Israel
Benny Gantz	Israel
Bezalel Smotrich	Israel
Dan Gillerman	Israel
Danny Danon	Israel
Ehud Barak	Israel
Ehud Olmert	Israel
Eyal Hulata	Israel
Ezer Weizman	Israel
Gabi Ashkenazi	Israel
Gabriela Shalev	Israel
Gideon Sa'ar	Israel
Gideon Saar	Israel
Gilad Erdan	Israel
Isaac Herzog	Israel
Israel Katz	Israel
Itamar Ben Gvir	Israel
Itamar Ben-Gvir	Israel
Meir Ben-Shabbat	Israel
Moshe Kahlon	Israel
Moshe Katsav	Israel
Moshe Ya'alon	Israel
Moshe Yaalon	Israel
Naftali Bennett	Israel
Reuven Rivlin	Israel
Ron Dermer	Israel
Ron Prosor	Israel
Roni Bar-On	Israel
Shaul Mofaz	Israel
Shimon Peres	Israel
Shlomo Ben-Ami	Israel
Silvan Shalom	Israel
Tzachi Hanegbi	Israel
Tzipi Livni	Israel
Uzi Arad	Israel
Yaakov Amidror	Israel
Yair Lapid	Israel
Yisrael Katz	Israel
Yitzhak Herzog	Israel
Yoav Gallant	Israel
Yuval Steinitz	Israel
Angelino Alfano	Italy
Anna Maria Cancellieri	Italy
Antonio Martino	Italy
Antonio Tajani	Italy
Arturo Parisi	Italy
Carlo Azeglio Ciampi	Italy
Claudio Scajola	Italy
Daniele Franco	Italy
Domenico Siniscalco	Italy
Elisabetta Trenta	Italy
Emma Bonino	Italy
Enrico Letta	Italy
Enzo Moavero Milanesi	Italy
Fabrizio Saccomanni	Italy
Francesco Rutelli	Italy
Franco Frattini	Italy
Giampaolo Di Paola	Italy
Giancarlo Giorgetti	Italy
Gianfranco Fini	Italy
Giorgia Meloni	Italy
Giorgio Napolitano	Italy
Giovanni Tria	Italy
Giuliano Amato	Italy
Giulio Terzi	Italy
Giulio Terzi di Sant'Agata	Italy
Giulio Tremonti	Italy
Giuseppe Conte	Italy
Giuseppe Pisanu	Italy
Guido Crosetto	Italy
Ignazio La Russa	Italy
Lamberto Dini	Italy
Lorenzo Guerini	Italy
Luciana Lamorgese	Italy
Luigi Di Maio	Italy
Marco Minniti	Italy
Mariangela Zappia	Italy
Mario Draghi	Italy
Mario Mauro	Italy
Mario Monti	Italy
Massimo D'Alema	Italy
Matteo Piantedosi	Italy
Matteo Renzi	Italy
Matteo Salvini	Italy
Maurizio Massari	Italy
Paolo Gentiloni	Italy
Pier Carlo Padoan	Italy
Renato Ruggiero	Italy
Roberta Pinotti	Italy
Roberto Gualtieri	Italy
Roberto Maroni	Italy
Sebastiano Cardi	Italy
Sergio Mattarella	Italy
Silvio Berlusconi	Italy
Tommaso Padoa-Schioppa	Italy
Vittorio Grilli	Italy
Alassane Ouattara	Ivory Coast
Amadou Gon Coulibaly	Ivory Coast
Charles Blé Goudé	Ivory Coast
Charles Konan Banny	Ivory Coast
Daniel Kablan Duncan	Ivory Coast
Guillaume Soro	Ivory Coast
Hamed Bakayoko	Ivory Coast
Henri Konan Bédié	Ivory Coast
Kandia Camara	Ivory Coast
Laurent Gbagbo	Ivory Coast
Marcel Amon-Tanoh	Ivory Coast
Patrick Achi	Ivory Coast
Robert Beugré Mambé	Ivory Coast
Robert Guéï	Ivory Coast
Simone Gbagbo	Ivory Coast
Tidjane Thiam	Ivory Coast
Andrew Holness	Jamaica
Bruce Golding	Jamaica
K.D. Knight	Jamaica
Kamina Johnson Smith	Jamaica
P. J. Patterson	Jamaica
P.J. Patterson	Jamaica
Percival Patterson	Jamaica
Portia Simpson Miller	Jamaica
Portia Simpson-Miller	Jamaica
Abe Shinzo	Japan
Akinori Eto	Japan
Emperor Akihito	Japan
Emperor Naruhito	Japan
Fukushiro Nukaga	Japan
Fumio Kishida	Japan
Fumio Kyuma	Japan
Gen Nakatani	Japan
Hirofumi Hirano	Japan
Hirofumi Nakasone	Japan
Hirohisa Fujii	Japan
Hirokazu Matsuno	Japan
Hiroyuki Hosoda	Japan
Ishiba Shigeru	Japan
Itsunori Onodera	Japan
Jun Azumi	Japan
Junichiro Koizumi	Japan
Kaoru Yosano	Japan
Katsunobu Kato	Japan
Katsuya Okada	Japan
Kazuyuki Yamazaki	Japan
Kenzo Oshima	Japan
Kiichi Miyazawa	Japan
Kimihiro Ishikane	Japan
Kishida Fumio	Japan
Koichiro Gemba	Japan
Koji Omi	Japan
Koriki Jojima	Japan
Koro Bessho	Japan
Makiko Tanaka	Japan
Masahiko Komura	Japan
Masajuro Shiokawa	Japan
Masataka Okano	Japan
Minoru Kihara	Japan
Motohide Yoshikawa	Japan
Naoto Kan	Japan
Nobuo Kishi	Japan
Nobutaka Machimura	Japan
Osamu Fujimura	Japan
Sadakazu Tanigaki	Japan
Sanae Takaichi	Japan
Satoshi Morimoto	Japan
Satsuki Katayama	Japan
Seiji Maehara	Japan
Shigeru Ishiba	Japan
Shigeru Kitamura	Japan
Shinjiro Koizumi	Japan
Shinzo Abe	Japan
Shoichi Nakagawa	Japan
Shotaro Yachi	Japan
Shunichi Suzuki	Japan
Takaichi Sanae	Japan
Takeaki Matsumoto	Japan
Takeo Akiba	Japan
Takeo Kawamura	Japan
Takeshi Iwaya	Japan
Taro Aso	Japan
Taro Kono	Japan
Tomomi Inada	Japan
Toshimi Kitazawa	Japan
Toshimitsu Motegi	Japan
Yasuhisa Shiozaki	Japan
Yasukazu Hamada	Japan
Yasuo Fukuda	Japan
Yasuo Ichikawa	Japan
Yohei Kono	Japan
Yoko Kamikawa	Japan
Yoriko Kawaguchi	Japan
Yoshihide Suga	Japan
Yoshihiko Noda	Japan
Yoshimasa Hayashi	Japan
Yoshinori Ono	Japan
Yoshiro Mori	Japan
Yoshito Sengoku	Japan
Yukio Edano	Japan
Yukio Hatoyama	Japan
Yukio Takasu	Japan
Yuriko Koike	Japan
Abdul Ilah Khatib	Jordan
Abdullah Ensour	Jordan
Abdullah II	Jordan
Abdullah II bin Al-Hussein	Jordan
Adnan Badran	Jordan
Ali Abu al-Ragheb	Jordan
Awn Khasawneh	Jordan
Ayman Safadi	Jordan
Bisher Khasawneh	Jordan
Bisher al-Khasawneh	Jordan
Faisal al-Fayez	Jordan
Fayez Tarawneh	Jordan
Hani Mulki	Jordan
Hussein bin Abdullah	Jordan
Jafar Hassan	Jordan
Marouf al-Bakhit	Jordan
Marwan Muasher	Jordan
Nader al-Dahabi	Jordan
Nasser Judeh	Jordan
Omar Razzaz	Jordan
Salaheddine al-Bashir	Jordan
Samir Rifai	Jordan
Alikhan Smailov	Kazakhstan
Askar Mamin	Kazakhstan
Bakytzhan Sagintayev	Kazakhstan
Beibut Atamkulov	Kazakhstan
Daniyal Akhmetov	Kazakhstan
Erlan Idrissov	Kazakhstan
Kairat Abdrakhmanov	Kazakhstan
Kanat Saudabayev	Kazakhstan
Karim Massimov	Kazakhstan
Kassym-Jomart Tokayev	Kazakhstan
Kassym-Zhomart Tokayev	Kazakhstan
Marat Tazhin	Kazakhstan
Mukhtar Tileuberdi	Kazakhstan
Murat Nurtleu	Kazakhstan
Nursultan Nazarbayev	Kazakhstan
Olzhas Bektenov	Kazakhstan
Serik Akhmetov	Kazakhstan
Yerzhan Kazykhanov	Kazakhstan
Aden Duale	Kenya
Alfred Mutua	Kenya
Amos Kimunya	Kenya
Daniel arap Moi	Kenya
David Mwiraria	Kenya
Eugene Wamalwa	Kenya
Fred Matiang'i	Kenya
George Saitoti	Kenya
Henry Rotich	Kenya
John Mbadi	Kenya
John Michuki	Kenya
Joseph Nkaissery	Kenya
Joseph Ole Lenku	Kenya
Kalonzo Musyoka	Kenya
Kipchumba Murkomen	Kenya
Kithure Kindiki	Kenya
Martin Kimani	Kenya
Monica Juma	Kenya
Moody Awori	Kenya
Moses Wetangula	Kenya
Musalia Mudavadi	Kenya
Mwai Kibaki	Kenya
Njuguna Ndung'u	Kenya
Raila Odinga	Kenya
Raphael Tuju	Kenya
Raychelle Omamo	Kenya
Rigathi Gachagua	Kenya
Sam Ongeri	Kenya
Soipan Tuya	Kenya
Uhuru Kenyatta	Kenya
Ukur Yatani	Kenya
William Ruto	Kenya
Yusuf Haji	Kenya
Anote Tong	Kiribati
Taneti Maamau	Kiribati
Agim Çeku	Kosovo
Albin Kurti	Kosovo
Atifete Jahjaga	Kosovo
Avdullah Hoti	Kosovo
Bajram Kosumi	Kosovo
Bajram Rexhepi	Kosovo
Behgjet Pacolli	Kosovo
Donika Gërvalla-Schwarz	Kosovo
Enver Hoxhaj	Kosovo
Fatmir Sejdiu	Kosovo
Hashim Thaçi	Kosovo
Ibrahim Rugova	Kosovo
Isa Mustafa	Kosovo
Meliza Haradinaj-Stublla	Kosovo
Ramush Haradinaj	Kosovo
Skënder Hyseni	Kosovo
Vjosa Osmani	Kosovo
Abdullah Al-Yahya	Kuwait
Ahmad Abdullah Al-Ahmad Al-Sabah	Kuwait
Ahmad Nasser Al-Mohammad Al-Sabah	Kuwait
Ahmad Nawaf Al-Ahmad Al-Sabah	Kuwait
Jaber Al-Ahmad Al-Sabah	Kuwait
Jaber Al-Mubarak Al-Hamad Al-Sabah	Kuwait
Mishal Al-Ahmad Al-Jaber Al-Sabah	Kuwait
Mishal al-Ahmad al-Sabah	Kuwait
Mohammad Sabah Al-Salem Al-Sabah	Kuwait
Nasser Al-Mohammed Al-Sabah	Kuwait
Nawaf Al-Ahmad Al-Jaber Al-Sabah	Kuwait
Nawaf al-Ahmad al-Sabah	Kuwait
Saad Al-Abdullah Al-Salem Al-Sabah	Kuwait
Sabah Al-Ahmad Al-Jaber Al-Sabah	Kuwait
Sabah Al-Khalid Al-Hamad Al-Sabah	Kuwait
Sabah al-Ahmad al-Sabah	Kuwait
Sabah al-Khalid al-Sabah	Kuwait
Salem Abdullah Al-Jaber Al-Sabah	Kuwait
Akylbek Japarov	Kyrgyzstan
Almazbek Atambayev	Kyrgyzstan
Askar Akayev	Kyrgyzstan
Jeenbek Kulubaev	Kyrgyzstan
Kurmanbek Bakiyev	Kyrgyzstan
Roza Otunbayeva	Kyrgyzstan
Sadyr Japarov	Kyrgyzstan
Sadyr Zhaparov	Kyrgyzstan
Sooronbay Jeenbekov	Kyrgyzstan
Bouasone Bouphavanh	Laos
Bounnhang Vorachith	Laos
Choummaly Sayasone	Laos
Khamtai Siphandone	Laos
Phankham Viphavanh	Laos
Saleumxay Kommasith	Laos
Sonexay Siphandone	Laos
Thongloun Sisoulith	Laos
Thongsing Thammavong	Laos
Aigars Kalvītis	Latvia
Aivis Ronis	Latvia
Andris Bērziņš	Latvia
Andris Sprūds	Latvia
Andris Šķēle	Latvia
Artis Pabriks	Latvia
Baiba Braže	Latvia
Edgars Rinkēvičs	Latvia
Egils Levits	Latvia
Einars Repše	Latvia
Evika Siliņa	Latvia
Indulis Bērziņš	Latvia
Indulis Emsis	Latvia
Ivars Godmanis	Latvia
Krišjānis Kariņš	Latvia
Laimdota Straujuma	Latvia
Māris Kučinskis	Latvia
Māris Riekstiņš	Latvia
Raimonds Bergmanis	Latvia
Raimonds Vējonis	Latvia
Sandra Kalniete	Latvia
Vaira Vīķe-Freiberga	Latvia
Valdis Zatlers	Latvia
Abdallah Bou Habib	Lebanon
Adnan Mansour	Lebanon
Charbel Wehbe	Lebanon
Elias Murr	Lebanon
Emile Lahoud	Lebanon
Fawzi Salloukh	Lebanon
Fouad Siniora	Lebanon
Gebran Bassil	Lebanon
Hassan Diab	Lebanon
Joseph Aoun	Lebanon
Michel Aoun	Lebanon
Michel Sleiman	Lebanon
Michel Suleiman	Lebanon
Nabih Berri	Lebanon
Najib Mikati	Lebanon
Nassif Hitti	Lebanon
Nawaf Salam	Lebanon
Rafic Hariri	Lebanon
Rafik Hariri	Lebanon
Saad Hariri	Lebanon
Tammam Salam	Lebanon
Youssef Raggi	Lebanon
Youssef Rajji	Lebanon
Letsie III	Lesotho
Moeketsi Majoro	Lesotho
Mothetjoa Metsing	Lesotho
Pakalitha Mosisili	Lesotho
Sam Matekane	Lesotho
Thomas Thabane	Lesotho
Tom Thabane	Lesotho
Ellen Johnson Sirleaf	Liberia
Ellen Johnson-Sirleaf	Liberia
George Weah	Liberia
Gyude Bryant	Liberia
Jewel Howard-Taylor	Liberia
Joseph Boakai	Liberia
Moses Blah	Liberia
Abdel Rahman Shalgham	Libya
Abdul Hamid Dbeibah	Libya
Abdul Hamid al-Dbeibah	Libya
Abdulhamid Dbeibah	Libya
Abdullah al-Thinni	Libya
Abdurrahim El-Keib	Libya
Aguila Saleh	Libya
Ali Zeidan	Libya
Fathi Bashagha	Libya
Fayez Serraj	Libya
Fayez al-Sarraj	Libya
Khaled al-Mishri	Libya
Khalifa Haftar	Libya
Khalifa Hifter	Libya
Mahmoud Jibril	Libya
Moammar Gadhafi	Libya
Mohamed Siala	Libya
Mohamed al-Menfi	Libya
Mohammed al-Menfi	Libya
Moussa Koussa	Libya
Muammar Gaddafi	Libya
Muammar Gadhafi	Libya
Muammar Qaddafi	Libya
Muammar al-Gaddafi	Libya
Musa Kusa	Libya
Mustafa Abdel Jalil	Libya
Mustafa Abdul Jalil	Libya
Najla Mangoush	Libya
Najla el-Mangoush	Libya
Osama Hamad	Libya
Saddam Haftar	Libya
Saif al-Islam Gaddafi	Libya
Saif al-Islam Qaddafi	Libya
Hereditary Prince Alois	Liechtenstein
Prince Hans-Adam II	Liechtenstein
Algirdas Brazauskas	Lithuania
Algirdas Butkevičius	Lithuania
Antanas Valionis	Lithuania
Arvydas Anušauskas	Lithuania
Audronius Ažubalis	Lithuania
Dalia Grybauskaitė	Lithuania
Dovilė Šakalienė	Lithuania
Gabrielius Landsbergis	Lithuania
Gediminas Kirkilas	Lithuania
Gintautas Paluckas	Lithuania
Gitanas Nausėda	Lithuania
Inga Ruginienė	Lithuania
Ingrida Šimonytė	Lithuania
Juozas Olekas	Lithuania
Kęstutis Budrys	Lithuania
Laurynas Kasčiūnas	Lithuania
Linas Linkevičius	Lithuania
Petras Vaitiekūnas	Lithuania
Raimundas Karoblis	Lithuania
Rasa Juknevičienė	Lithuania
Rolandas Paksas	Lithuania
Saulius Skvernelis	Lithuania
Valdas Adamkus	Lithuania
Vygaudas Ušackas	Lithuania
Gilles Roth	Luxembourg
Grand Duke Guillaume	Luxembourg
Grand Duke Henri	Luxembourg
Jean Asselborn	Luxembourg
Luc Frieden	Luxembourg
Lydie Polfer	Luxembourg
Pierre Gramegna	Luxembourg
Xavier Bettel	Luxembourg
Yuriko Backes	Luxembourg
Andry Rajoelina	Madagascar
Didier Ratsiraka	Madagascar
Hery Rajaonarimampianina	Madagascar
Marc Ravalomanana	Madagascar
Michael Randrianirina	Madagascar
Bakili Muluzi	Malawi
Bingu wa Mutharika	Malawi
Joyce Banda	Malawi
Lazarus Chakwera	Malawi
Peter Mutharika	Malawi
Saulos Chilima	Malawi
Abdullah Ahmad Badawi	Malaysia
Ahmad Zahid Hamidi	Malaysia
Anifah Aman	Malaysia
Anwar Ibrahim	Malaysia
Fadillah Yusof	Malaysia
Hishammuddin Hussein	Malaysia
Ismail Sabri Yaakob	Malaysia
Lim Guan Eng	Malaysia
Mahathir Mohamad	Malaysia
Mohamad Sabu	Malaysia
Muhyiddin Yassin	Malaysia
Najib Razak	Malaysia
Rais Yatim	Malaysia
Saifuddin Abdullah	Malaysia
Syed Hamid Albar	Malaysia
Tengku Zafrul Aziz	Malaysia
Zambry Abdul Kadir	Malaysia
Abdulla Shahid	Maldives
Abdulla Yameen	Maldives
Dunya Maumoon	Maldives
Ibrahim Mohamed Solih	Maldives
Maumoon Abdul Gayoom	Maldives
Mohamed Muizzu	Maldives
Mohamed Nasheed	Maldives
Mohamed Waheed Hassan	Maldives
Mohammed Waheed Hassan	Maldives
Moosa Zameer	Maldives
Amadou Haya Sanogo	Mali
Amadou Sanogo	Mali
Amadou Toumani Touré	Mali
Assimi Goïta	Mali
Bah Ndaw	Mali
Choguel Kokalla Maïga	Mali
Choguel Maïga	Mali
Dioncounda Traoré	Mali
Ibrahim Boubacar Keïta	Mali
Moctar Ouane	Mali
Soumeylou Boubèye Maïga	Mali
Tiébilé Dramé	Mali
Carmelo Abela	Malta
Eddie Fenech Adami	Malta
Evarist Bartolo	Malta
George Abela	Malta
George Vella	Malta
Guido de Marco	Malta
Ian Borg	Malta
Joseph Muscat	Malta
Lawrence Gonzi	Malta
Marie-Louise Coleiro Preca	Malta
Michael Frendo	Malta
Myriam Spiteri Debono	Malta
Robert Abela	Malta
Tonio Borg	Malta
Christopher Loeak	Marshall Islands
David Kabua	Marshall Islands
Hilda Heine	Marshall Islands
Kessai Note	Marshall Islands
Litokwa Tomeing	Marshall Islands
Ely Ould Mohamed Vall	Mauritania
Ismail Ould Cheikh Ahmed	Mauritania
Maaouya Ould Sid'Ahmed Taya	Mauritania
Mohamed Ould Abdel Aziz	Mauritania
Mohamed Ould Cheikh El Ghazouani	Mauritania
Mohamed Ould Ghazouani	Mauritania
Mohamed Salem Ould Merzouk	Mauritania
Sidi Ould Cheikh Abdallahi	Mauritania
Anerood Jugnauth	Mauritius
Navin Ramgoolam	Mauritius
Paul Bérenger	Mauritius
Pravind Jugnauth	Mauritius
Adolfo Aguilar Zínser	Mexico
Adán Augusto López	Mexico
Agustín Carstens	Mexico
Alejandro Poiré	Mexico
Alfonso Navarrete Prida	Mexico
Alicia Bárcena	Mexico
Andrés Manuel López Obrador	Mexico
Angel Gurría	Mexico
Arturo Herrera	Mexico
Carlos Abascal	Mexico
Carlos Urzúa	Mexico
Claude Heller	Mexico
Claudia Ruiz Massieu	Mexico
Claudia Sheinbaum	Mexico
Edgar Amador Zamora	Mexico
Enrique Berruga	Mexico
Enrique Peña Nieto	Mexico
Ernesto Cordero	Mexico
Ernesto Zedillo	Mexico
Felipe Calderón	Mexico
Fernando Gómez Mont	Mexico
Francisco Gil Díaz	Mexico
Francisco Ramírez Acuña	Mexico
Genaro García Luna	Mexico
Gerardo Clemente Vega García	Mexico
Guillermo Galván Galván	Mexico
Ildefonso Guajardo	Mexico
Jesús Seade	Mexico
Jorge Castañeda	Mexico
José Antonio González Anaya	Mexico
José Antonio Meade	Mexico
José Ángel Gurría	Mexico
Juan Camilo Mouriño	Mexico
Juan Ramón de la Fuente	Mexico
Luis Cresencio Sandoval	Mexico
Luis Ernesto Derbez	Mexico
Luis Videgaray	Mexico
Luisa María Alcalde	Mexico
Marcelo Ebrard	Mexico
Miguel Ángel Osorio Chong	Mexico
Olga Sánchez Cordero	Mexico
Omar García Harfuch	Mexico
Patricia Espinosa	Mexico
Raquel Buenrostro	Mexico
Ricardo Trevilla Trejo	Mexico
Rogelio Ramírez de la O	Mexico
Rosa Icela Rodríguez	Mexico
Rosario Green	Mexico
Salvador Cienfuegos	Mexico
Santiago Creel	Mexico
Tatiana Clouthier	Mexico
Vicente Fox	Mexico
David Panuelo	Micronesia
Emanuel Mori	Micronesia
Wesley Simina	Micronesia
Andrei Galbur	Moldova
Andrei Stratan	Moldova
Aureliu Ciocoi	Moldova
Chiril Gaburici	Moldova
Dorin Recean	Moldova
Dumitru Braghiș	Moldova
Igor Dodon	Moldova
Ion Chicu	Moldova
Iurie Leancă	Moldova
Maia Sandu	Moldova
Marian Lupu	Moldova
Mihai Ghimpu	Moldova
Mihai Popșoi	Moldova
Natalia Gavrilița	Moldova
Natalia Gherman	Moldova
Nicolae Timofti	Moldova
Nicu Popescu	Moldova
Pavel Filip	Moldova
Petru Lucinschi	Moldova
Tudor Ulianovschi	Moldova
Valeriu Streleț	Moldova
Vasile Tarlev	Moldova
Vlad Filat	Moldova
Vladimir Voronin	Moldova
Zinaida Greceanîi	Moldova
Prince Albert II	Monaco
Prince Rainier III	Monaco
Gombojavyn Zandanshatar	Mongolia
Khaltmaagiin Battulga	Mongolia
Luvsannamsrain Oyun-Erdene	Mongolia
Nambaryn Enkhbayar	Mongolia
Natsagiin Bagabandi	Mongolia
Sanjaagiin Bayar	Mongolia
Tsakhiagiin Elbegdorj	Mongolia
Ukhnaagiin Khurelsukh	Mongolia
Dritan Abazović	Montenegro
Duško Marković	Montenegro
Ervin Ibrahimović	Montenegro
Filip Vujanović	Montenegro
Igor Lukšić	Montenegro
Jakov Milatović	Montenegro
Milan Roćen	Montenegro
Milo Djukanović	Montenegro
Milo Đukanović	Montenegro
Milojko Spajić	Montenegro
Srdjan Darmanović	Montenegro
Srđan Darmanović	Montenegro
Zdravko Krivokapić	Montenegro
Željko Šturanović	Montenegro
Abbas El Fassi	Morocco
Abdelilah Benkirane	Morocco
Abdelouafi Laftit	Morocco
Abderrahmane Youssoufi	Morocco
Aziz Akhannouch	Morocco
Chakib Benmoussa	Morocco
Driss Jettou	Morocco
Fathallah Oualalou	Morocco
Mohamed Benaissa	Morocco
Mohamed Benchaaboun	Morocco
Mohamed Boussaid	Morocco
Mohamed Hassad	Morocco
Mohammed VI	Morocco
Nadia Fettah Alaoui	Morocco
Nasser Bourita	Morocco
Nizar Baraka	Morocco
Omar Hilale	Morocco
Saad Eddine El Othmani	Morocco
Saadeddine El Othmani	Morocco
Saadeddine Othmani	Morocco
Salaheddine Mezouar	Morocco
Taieb Fassi Fihri	Morocco
Afonso Dhlakama	Mozambique
Armando Guebuza	Mozambique
Daniel Chapo	Mozambique
Filipe Nyusi	Mozambique
Joaquim Chissano	Mozambique
Ossufo Momade	Mozambique
Venâncio Mondlane	Mozambique
Hage Geingob	Namibia
Hifikepunye Pohamba	Namibia
Nangolo Mbumba	Namibia
Netumbo Nandi-Ndaitwah	Namibia
Saara Kuugongelwa-Amadhila	Namibia
Sam Nujoma	Namibia
Baron Waqa	Nauru
David Adeang	Nauru
Lionel Aingimea	Nauru
Ludwig Scotty	Nauru
Marcus Stephen	Nauru
Arzu Rana Deuba	Nepal
Baburam Bhattarai	Nepal
Bidya Devi Bhandari	Nepal
Girija Prasad Koirala	Nepal
Jhala Nath Khanal	Nepal
K. P. Sharma Oli	Nepal
KP Sharma Oli	Nepal
Khil Raj Regmi	Nepal
Lokendra Bahadur Chand	Nepal
Madhav Kumar Nepal	Nepal
Narayan Khadka	Nepal
Pradeep Gyawali	Nepal
Pushpa Kamal Dahal	Nepal
Ram Baran Yadav	Nepal
Ram Chandra Poudel	Nepal
Ramchandra Paudel	Nepal
Sher Bahadur Deuba	Nepal
Surya Bahadur Thapa	Nepal
Sushil Koirala	Nepal
Sushila Karki	Nepal
Ank Bijleveld	Netherlands
Ben Bot	Netherlands
Ben Knapen	Netherlands
Bert Koenders	Netherlands
Caspar Veldkamp	Netherlands
David van Weel	Netherlands
Dick Schoof	Netherlands
Eelco Heinen	Netherlands
Eimert van Middelkoop	Netherlands
Frank de Grave	Netherlands
Frans Timmermans	Netherlands
Geert Wilders	Netherlands
Gerrit Zalm	Netherlands
Halbe Zijlstra	Netherlands
Hanke Bruins Slot	Netherlands
Hans Hillen	Netherlands
Henk Kamp	Netherlands
Jan Kees de Jager	Netherlands
Jan Peter Balkenende	Netherlands
Jeroen Dijsselbloem	Netherlands
Jozias van Aartsen	Netherlands
Kajsa Ollongren	Netherlands
King Willem-Alexander	Netherlands
Maxime Verhagen	Netherlands
Queen Beatrix	Netherlands
Rob Jetten	Netherlands
Ruben Brekelmans	Netherlands
Sigrid Kaag	Netherlands
Stef Blok	Netherlands
Uri Rosenthal	Netherlands
Wim Kok	Netherlands
Wouter Bos	Netherlands
Andrew Little	New Zealand
Bill English	New Zealand
Carmel Sepuloni	New Zealand
Chris Hipkins	New Zealand
Christopher Luxon	New Zealand
David Seymour	New Zealand
Gerry Brownlee	New Zealand
Grant Robertson	New Zealand
Helen Clark	New Zealand
Jacinda Ardern	New Zealand
Jim McLay	New Zealand
John Key	New Zealand
Judith Collins	New Zealand
Kelvin Davis	New Zealand
Michael Cullen	New Zealand
Murray McCully	New Zealand
Nanaia Mahuta	New Zealand
Nicola Willis	New Zealand
Paula Bennett	New Zealand
Peeni Henare	New Zealand
Phil Goff	New Zealand
Ron Mark	New Zealand
Winston Peters	New Zealand
Arnoldo Alemán	Nicaragua
Daniel Ortega	Nicaragua
Denis Moncada	Nicaragua
Enrique Bolaños	Nicaragua
Miguel d'Escoto	Nicaragua
Miguel d'Escoto Brockmann	Nicaragua
Rosario Murillo	Nicaragua
Abdourahamane Tchiani	Niger
Abdourahamane Tiani	Niger
Ali Lamine Zeine	Niger
Bakary Yaou Sangaré	Niger
Brigi Rafini	Niger
Hassoumi Massaoudou	Niger
Mahamadou Issoufou	Niger
Mamadou Tandja	Niger
Mohamed Bazoum	Niger
Ouhoumoudou Mahamadou	Niger
Salou Djibo	Niger
Abba Moro	Nigeria
Adamu Ciroma	Nigeria
Ahmad Lawan	Nigeria
Aliyu Gusau	Nigeria
Aliyu Mohammed Gusau	Nigeria
Aminu Wali	Nigeria
Andrew Azazi	Nigeria
Atiku Abubakar	Nigeria
Babagana Monguno	Nigeria
Bashir Magashi	Nigeria
Bayo Onanuga	Nigeria
Bola Ahmed Tinubu	Nigeria
Bola Tinubu	Nigeria
Christopher Musa	Nigeria
Femi Adesina	Nigeria
Garba Shehu	Nigeria
Geoffrey Onyeama	Nigeria
Godswill Akpabio	Nigeria
Goodluck Jonathan	Nigeria
Henry Odein Ajumogobia	Nigeria
Joy Ogwu	Nigeria
Kashim Shettima	Nigeria
Kemi Adeosun	Nigeria
Lai Mohammed	Nigeria
Mansur Dan Ali	Nigeria
Mohammed Badaru Abubakar	Nigeria
Muhammadu Buhari	Nigeria
Namadi Sambo	Nigeria
Nasir El-Rufai	Nigeria
Nenadi Usman	Nigeria
Nuhu Ribadu	Nigeria
Odein Ajumogobia	Nigeria
Ojo Maduekwe	Nigeria
Olubunmi Tunji-Ojo	Nigeria
Olugbenga Ashiru	Nigeria
Olusegun Aganga	Nigeria
Olusegun Obasanjo	Nigeria
Oluyemi Adeniji	Nigeria
Peter Obi	Nigeria
Rabiu Kwankwaso	Nigeria
Rabiu Musa Kwankwaso	Nigeria
Rauf Aregbesola	Nigeria
Sambo Dasuki	Nigeria
Sule Lamido	Nigeria
Theophilus Danjuma	Nigeria
Umaru Musa Yar'Adua	Nigeria
Umaru Yar'Adua	Nigeria
Wale Edun	Nigeria
Yemi Osinbajo	Nigeria
Yusuf Tuggar	Nigeria
Zainab Ahmed	Nigeria
Anders Fogh Rasmussen	North Atlantic Treaty Organization
George Robertson	North Atlantic Treaty Organization
Jaap de Hoop Scheffer	North Atlantic Treaty Organization
Jens Stoltenberg	North Atlantic Treaty Organization
Mark Rutte	North Atlantic Treaty Organization
Oana Lungescu	North Atlantic Treaty Organization
Choe Ryong Hae	North Korea
Choe Ryong-hae	North Korea
Choe Son Hui	North Korea
Choe Son-hui	North Korea
Kim Jae Ryong	North Korea
Kim Jong Il	North Korea
Kim Jong Un	North Korea
Kim Jong-il	North Korea
Kim Jong-un	North Korea
Kim Kye Gwan	North Korea
Kim Tok Hun	North Korea
Kim Yo Jong	North Korea
Kim Yo-jong	North Korea
Kim Yong Nam	North Korea
Kim Yong-nam	North Korea
Paek Nam Sun	North Korea
Pak Pong Ju	North Korea
Pak Thae Song	North Korea
Pak Ui Chun	North Korea
Ri Son Gwon	North Korea
Ri Su Yong	North Korea
Ri Yong Ho	North Korea
Antonio Milošoski	North Macedonia
Boris Trajkovski	North Macedonia
Branko Crvenkovski	North Macedonia
Bujar Osmani	North Macedonia
Dimitar Kovačevski	North Macedonia
Emil Dimitriev	North Macedonia
Gjorge Ivanov	North Macedonia
Gordana Siljanovska-Davkova	North Macedonia
Hari Kostov	North Macedonia
Hristijan Mickoski	North Macedonia
Ilinka Mitreva	North Macedonia
Ljubčo Georgievski	North Macedonia
Nikola Dimitrov	North Macedonia
Nikola Gruevski	North Macedonia
Nikola Poposki	North Macedonia
Oliver Spasovski	North Macedonia
Radmila Šekerinska	North Macedonia
Srgjan Kerim	North Macedonia
Stevo Pendarovski	North Macedonia
Talat Xhaferi	North Macedonia
Timčo Mucunski	North Macedonia
Vlado Bučkovski	North Macedonia
Zoran Zaev	North Macedonia
Anne-Grete Strom-Erichsen	Norway
Anne-Grete Strøm-Erichsen	Norway
Anniken Huitfeldt	Norway
Bjorn Arild Gram	Norway
Bjørn Arild Gram	Norway
Borge Brende	Norway
Børge Brende	Norway
Erna Solberg	Norway
Espen Barth Eide	Norway
Frank Bakke-Jensen	Norway
Grete Faremo	Norway
Ine Eriksen Soreide	Norway
Ine Eriksen Søreide	Norway
Jan Tore Sanner	Norway
Jonas Gahr Store	Norway
Jonas Gahr Støre	Norway
King Harald	Norway
King Harald V	Norway
Kjell Magne Bondevik	Norway
Kristin Halvorsen	Norway
Kristin Krohn Devold	Norway
Odd Roger Enoksen	Norway
Per-Kristian Foss	Norway
Sigbjorn Johnsen	Norway
Sigbjørn Johnsen	Norway
Siv Jensen	Norway
Thorbjorn Jagland	Norway
Thorbjørn Jagland	Norway
Tore O. Sandvik	Norway
Trygve Slagsvold Vedum	Norway
Badr Albusaidi	Oman
Badr al-Busaidi	Oman
Haitham bin Tarik	Oman
Haitham bin Tariq	Oman
Haitham bin Tariq Al Said	Oman
Qaboos bin Said	Oman
Qaboos bin Said Al Said	Oman
Yusuf bin Alawi	Oman
Yusuf bin Alawi bin Abdullah	Oman
Abdul Hafeez Shaikh	Pakistan
Ahsan Iqbal	Pakistan
Aisha Farooqui	Pakistan
Anwaar-ul-Haq Kakar	Pakistan
Arif Alvi	Pakistan
Asad Umar	Pakistan
Ashfaq Parvez Kayani	Pakistan
Asif Ali Zardari	Pakistan
Asim Munir	Pakistan
Bilawal Bhutto Zardari	Pakistan
Chaudhry Nisar Ali Khan	Pakistan
Chaudhry Shujaat Hussain	Pakistan
Hina Rabbani Khar	Pakistan
Imran Khan	Pakistan
Ishaq Dar	Pakistan
Jalil Abbas Jilani	Pakistan
Khawaja Asif	Pakistan
Khawaja Muhammad Asif	Pakistan
Khurshid Kasuri	Pakistan
Khurshid Mahmud Kasuri	Pakistan
Maleeha Lodhi	Pakistan
Mamnoon Hussain	Pakistan
Miftah Ismail	Pakistan
Moeed Yusuf	Pakistan
Mohsin Naqvi	Pakistan
Muhammad Aurangzeb	Pakistan
Mumtaz Zahra Baloch	Pakistan
Munir Akram	Pakistan
Nafees Zakaria	Pakistan
Nasser Khan Janjua	Pakistan
Nawaz Sharif	Pakistan
Pervez Khattak	Pakistan
Pervez Musharraf	Pakistan
Qamar Javed Bajwa	Pakistan
Rafiq Tarar	Pakistan
Raheel Sharif	Pakistan
Raja Pervaiz Ashraf	Pakistan
Rana Sanaullah	Pakistan
Rehman Malik	Pakistan
Sartaj Aziz	Pakistan
Shafqat Ali Khan	Pakistan
Shah Mehmood Qureshi	Pakistan
Shahbaz Sharif	Pakistan
Shahid Khaqan Abbasi	Pakistan
Shaukat Aziz	Pakistan
Shaukat Tarin	Pakistan
Shehbaz Sharif	Pakistan
Sheikh Rashid Ahmed	Pakistan
Tasnim Aslam	Pakistan
Yousaf Raza Gilani	Pakistan
Yousuf Raza Gilani	Pakistan
Zafarullah Khan Jamali	Pakistan
Zahid Hafeez Chaudhri	Pakistan
Johnson Toribiong	Palau
Surangel Whipps Jr.	Palau
Tommy Remengesau	Palau
Ahmed Qurei	Palestine
Ahmed Qureia	Palestine
Hussein al-Sheikh	Palestine
Ismail Haniyeh	Palestine
Mahmoud Abbas	Palestine
Mohammad Mustafa	Palestine
Mohammad Shtayyeh	Palestine
Nabil Shaath	Palestine
Rami Hamdallah	Palestine
Riyad Malki	Palestine
Riyad Mansour	Palestine
Riyad al-Maliki	Palestine
Saeb Erekat	Palestine
Salam Fayyad	Palestine
Varsen Aghabekian	Palestine
Yasser Arafat	Palestine
Erika Mouynes	Panama
Isabel Saint Malo	Panama
Javier Martínez-Acha	Panama
José Raúl Mulino	Panama
Juan Carlos Varela	Panama
Laurentino Cortizo	Panama
Martín Torrijos	Panama
Mireya Moscoso	Panama
Ricardo Martinelli	Panama
Samuel Lewis Navarro	Panama
James Marape	Papua New Guinea
Mekere Morauta	Papua New Guinea
Michael Somare	Papua New Guinea
Peter O'Neill	Papua New Guinea
Eladio Loizaga	Paraguay
Federico Franco	Paraguay
Fernando Lugo	Paraguay
Horacio Cartes	Paraguay
Luis González Macchi	Paraguay
Mario Abdo Benítez	Paraguay
Nicanor Duarte Frutos	Paraguay
Rubén Ramírez Lezcano	Paraguay
Santiago Peña	Paraguay
Alan García	Peru
Alberto Fujimori	Peru
Alberto Otárola	Peru
Alejandro Toledo	Peru
Allan Wagner	Peru
Ana Cecilia Gervasi	Peru
Aníbal Torres	Peru
Beatriz Merino	Peru
Cayetana Aljovín	Peru
César Landa	Peru
Diego García-Sayán	Peru
Dina Boluarte	Peru
Eda Rivas	Peru
Elmer Schialer	Peru
Fernando de Trazegnies	Peru
Francisco Sagasti	Peru
Guido Bellido	Peru
Gustavo Adrianzén	Peru
Gustavo Meza-Cuadra	Peru
Hugo de Zela	Peru
Héctor Béjar	Peru
Javier González-Olaechea	Peru
Javier Pérez de Cuéllar	Peru
José Antonio García Belaúnde	Peru
José Jerí	Peru
Keiko Fujimori	Peru
Manuel Merino	Peru
Manuel Rodríguez Cuadros	Peru
Martín Vizcarra	Peru
Mercedes Aráoz	Peru
Mirtha Vásquez	Peru
Néstor Popolizio	Peru
Ollanta Humala	Peru
Pedro Castillo	Peru
Pedro Cateriano	Peru
Pedro Pablo Kuczynski	Peru
Rafael Roncagliolo	Peru
Salvador del Solar	Peru
Valentín Paniagua	Peru
Vicente Zeballos	Peru
Violeta Bermúdez	Peru
Vladimiro Montesinos	Peru
Yehude Simon	Peru
Óscar Maúrtua	Peru
Alan Peter Cayetano	Philippines
Albert del Rosario	Philippines
Alberto Romulo	Philippines
Benigno Aquino III	Philippines
Blas Ople	Philippines
Bongbong Marcos	Philippines
Delfin Lorenzana	Philippines
Domingo Siazon	Philippines
Eduardo Ano	Philippines
Enrique Manalo	Philippines
Ferdinand Marcos Jr.	Philippines
Gilberto Teodoro	Philippines
Gloria Arroyo	Philippines
Gloria Macapagal Arroyo	Philippines
Hermogenes Esperon	Philippines
Jejomar Binay	Philippines
Joseph Estrada	Philippines
Leni Robredo	Philippines
Noli de Castro	Philippines
Perfecto Yasay	Philippines
Rodrigo Duterte	Philippines
Sara Duterte	Philippines
Teodoro Locsin Jr.	Philippines
Teofisto Guingona	Philippines
Theresa Lazaro	Philippines
Voltaire Gazmin	Philippines
Adam Daniel Rotfeld	Poland
Adam Rotfeld	Poland
Aleksander Kwaśniewski	Poland
Aleksander Szczyglo	Poland
Aleksander Szczygło	Poland
Andrzej Domański	Poland
Andrzej Duda	Poland
Anna Fotyga	Poland
Antoni Macierewicz	Poland
Beata Szydlo	Poland
Beata Szydło	Poland
Bogdan Klich	Poland
Bronislaw Komorowski	Poland
Bronisław Komorowski	Poland
Donald Tusk	Poland
Ewa Kopacz	Poland
Grzegorz Kolodko	Poland
Grzegorz Kołodko	Poland
Grzegorz Schetyna	Poland
Jacek Czaputowicz	Poland
Jacek Rostowski	Poland
Jaroslaw Kaczyński	Poland
Jarosław Kaczyński	Poland
Jerzy Buzek	Poland
Jerzy Szmajdziński	Poland
Karol Nawrocki	Poland
Kazimierz Marcinkiewicz	Poland
Krzysztof Gawkowski	Poland
Krzysztof Szczerski	Poland
Lech Kaczyński	Poland
Leszek Miller	Poland
Marcin Kierwiński	Poland
Marek Belka	Poland
Mariusz Blaszczak	Poland
Mariusz Błaszczak	Poland
Mariusz Kamiński	Poland
Mateusz Morawiecki	Poland
Radoslaw Sikorski	Poland
Radosław Sikorski	Poland
Stefan Meller	Poland
Tomasz Siemoniak	Poland
Witold Waszczykowski	Poland
Wladyslaw Kosiniak-Kamysz	Poland
Wlodzimierz Cimoszewicz	Poland
Władysław Kosiniak-Kamysz	Poland
Włodzimierz Cimoszewicz	Poland
Zbigniew Rau	Poland
António Martins da Cruz	Portugal
Aníbal Cavaco Silva	Portugal
Augusto Santos Silva	Portugal
Diogo Freitas do Amaral	Portugal
Fernando Medina	Portugal
Fernando Teixeira dos Santos	Portugal
Helena Carreiras	Portugal
Jaime Gama	Portugal
Joaquim Miranda Sarmento	Portugal
Jorge Sampaio	Portugal
José Pedro Aguiar-Branco	Portugal
José Sócrates	Portugal
João Gomes Cravinho	Portugal
Luís Amado	Portugal
Luís Montenegro	Portugal
Marcelo Rebelo de Sousa	Portugal
Maria Luís Albuquerque	Portugal
Mário Centeno	Portugal
Nuno Melo	Portugal
Nuno Severiano Teixeira	Portugal
Paulo Portas	Portugal
Paulo Rangel	Portugal
Pedro Passos Coelho	Portugal
Pedro Santana Lopes	Portugal
Rui Machete	Portugal
Teresa Gouveia	Portugal
Vítor Gaspar	Portugal
Abdullah bin Hamad Al Attiyah	Qatar
Abdullah bin Nasser bin Khalifa Al Thani	Qatar
Alya Ahmed bin Saif Al Thani	Qatar
Hamad bin Jassim Al Thani	Qatar
Hamad bin Jassim bin Jaber Al Thani	Qatar
Hamad bin Khalifa Al Thani	Qatar
Khalid al-Attiyah	Qatar
Khalid bin Khalifa bin Abdulaziz Al Thani	Qatar
Majed al-Ansari	Qatar
Mohammed bin Abdulrahman Al Thani	Qatar
Mohammed bin Abdulrahman bin Jassim Al Thani	Qatar
Tamim bin Hamad	Qatar
Tamim bin Hamad Al Thani	Qatar
Anatole Collinet Makosso	Republic of the Congo
Basile Ikouébé	Republic of the Congo
Clément Mouamba	Republic of the Congo
Denis Sassou Nguesso	Republic of the Congo
Denis Sassou-Nguesso	Republic of the Congo
Jean-Claude Gakosso	Republic of the Congo
Rodolphe Adada	Republic of the Congo
Adrian Cioroianu	Romania
Adrian Năstase	Romania
Angel Tîlvăr	Romania
Bogdan Aurescu	Romania
Cristian Diaconescu	Romania
Călin Georgescu	Romania
Călin Popescu-Tăriceanu	Romania
Dacian Cioloș	Romania
Emil Boc	Romania
Emil Constantinescu	Romania
Emil Hurezeanu	Romania
Florin Cîțu	Romania
Gabriel Oprea	Romania
Ilie Bolojan	Romania
Ioan Mircea Pașcu	Romania
Ion Iliescu	Romania
Ionuț Moșteanu	Romania
Klaus Iohannis	Romania
Lazăr Comănescu	Romania
Ludovic Orban	Romania
Luminița Odobescu	Romania
Marcel Ciolacu	Romania
Mihai Fifor	Romania
Mihai Răzvan Ungureanu	Romania
Mihai Tudose	Romania
Mihnea Motoc	Romania
Mircea Dușa	Romania
Mircea Geoană	Romania
Mugur Isărescu	Romania
Nicolae Ciucă	Romania
Nicușor Dan	Romania
Oana Țoiu	Romania
Petre Roman	Romania
Ramona Mănescu	Romania
Sorin Grindeanu	Romania
Teodor Atanasiu	Romania
Teodor Baconschi	Romania
Teodor Meleșcanu	Romania
Titus Corlățean	Romania
Traian Băsescu	Romania
Vasile Dîncu	Romania
Victor Ponta	Romania
Viorica Dăncilă	Romania
Alexander Bortnikov	Russia
Alexander Darchiev	Russia
Alexander Grushko	Russia
Alexander Khloponin	Russia
Alexander Lavrentiev	Russia
Alexander Lukashevich	Russia
Alexander Novak	Russia
Alexander Yakovenko	Russia
Alexander Zhukov	Russia
Alexei Kudrin	Russia
Alexei Overchuk	Russia
Alexey Kudrin	Russia
Anatoly Antonov	Russia
Anatoly Serdyukov	Russia
Andrei Belousov	Russia
Andrei Nesterenko	Russia
Andrei Rudenko	Russia
Andrey Belousov	Russia
Andrey Denisov	Russia
Anton Siluanov	Russia
Anton Vaino	Russia
Arkady Dvorkovich	Russia
Boris Gryzlov	Russia
Denis Manturov	Russia
Dmitri Medvedev	Russia
Dmitry Chernyshenko	Russia
Dmitry Kozak	Russia
Dmitry Medvedev	Russia
Dmitry Patrushev	Russia
Dmitry Peskov	Russia
Dmitry Polyanskiy	Russia
Dmitry Polyansky	Russia
Dmitry Rogozin	Russia
Igor Ivanov	Russia
Igor Sechin	Russia
Igor Sergeyev	Russia
Igor Shuvalov	Russia
Kirill Dmitriev	Russia
Konstantin Kosachev	Russia
Leonid Slutsky	Russia
Marat Khusnullin	Russia
Maria Zakharova	Russia
Mikhail Bogdanov	Russia
Mikhail Fradkov	Russia
Mikhail Galuzin	Russia
Mikhail Kamynin	Russia
Mikhail Kasyanov	Russia
Mikhail Mishustin	Russia
Nikolai Patrushev	Russia
Nikolay Patrushev	Russia
Olga Golodets	Russia
Ramzan Kadyrov	Russia
Rashid Nurgaliyev	Russia
Sergei Ivanov	Russia
Sergei Kiriyenko	Russia
Sergei Kislyak	Russia
Sergei Lavrov	Russia
Sergei Naryshkin	Russia
Sergei Prikhodko	Russia
Sergei Ryabkov	Russia
Sergei Shoigu	Russia
Sergei Sobyanin	Russia
Sergey Ivanov	Russia
Sergey Kislyak	Russia
Sergey Lavrov	Russia
Sergey Ryabkov	Russia
Sergey Shoigu	Russia
Tatyana Golikova	Russia
Valentina Matviyenko	Russia
Valery Gerasimov	Russia
Vasily Nebenzya	Russia
Vassily Nebenzia	Russia
Viktor Khristenko	Russia
Viktor Zubkov	Russia
Viktoria Abramchenko	Russia
Vitaly Churkin	Russia
Vitaly Mutko	Russia
Vladimir Kolokoltsev	Russia
Vladimir Medinsky	Russia
Vladimir Putin	Russia
Vladimir Rushailo	Russia
Vladislav Surkov	Russia
Vyacheslav Volodin	Russia
Yuri Borisov	Russia
Yuri Trutnev	Russia
Yuri Ushakov	Russia
Yury Ushakov	Russia
Anastase Murekezi	Rwanda
Bernard Makuza	Rwanda
Charles Murigande	Rwanda
James Kabarebe	Rwanda
Louise Mushikiwabo	Rwanda
Olivier Nduhungirehe	Rwanda
Pasteur Bizimungu	Rwanda
Paul Kagame	Rwanda
Pierre Habumuremyi	Rwanda
Richard Sezibera	Rwanda
Rosemary Museminali	Rwanda
Vincent Biruta	Rwanda
Yolande Makolo	Rwanda
Édouard Ngirente	Rwanda
Denzil Douglas	Saint Kitts and Nevis
Terrance Drew	Saint Kitts and Nevis
Allen Chastanet	Saint Lucia
Kenny Anthony	Saint Lucia
Kenny D. Anthony	Saint Lucia
Philip J. Pierre	Saint Lucia
Stephenson King	Saint Lucia
Godwin Friday	Saint Vincent and the Grenadines
Ralph Gonsalves	Saint Vincent and the Grenadines
Fiame Naomi Mata'afa	Samoa
Tuilaepa Sailele Malielegaoi	Samoa
Carlos Vila Nova	Sao Tome and Principe
Evaristo Carvalho	Sao Tome and Principe
Fradique de Menezes	Sao Tome and Principe
Manuel Pinto da Costa	Sao Tome and Principe
Patrice Trovoada	Sao Tome and Principe
Abdallah al-Mouallimi	Saudi Arabia
Abdulaziz bin Salman	Saudi Arabia
Abdulaziz bin Saud bin Nayef	Saudi Arabia
Abdullah bin Abdulaziz	Saudi Arabia
Adel al-Jubeir	Saudi Arabia
Bandar bin Sultan	Saudi Arabia
Fahd bin Abdulaziz	Saudi Arabia
Faisal bin Farhan	Saudi Arabia
Faisal bin Farhan Al Saud	Saudi Arabia
Ibrahim al-Assaf	Saudi Arabia
Khalid bin Salman	Saudi Arabia
Mohammad bin Salman	Saudi Arabia
Mohammed al-Jadaan	Saudi Arabia
Mohammed bin Nayef	Saudi Arabia
Mohammed bin Salman	Saudi Arabia
Muhammad bin Nayef	Saudi Arabia
Muhammad bin Salman	Saudi Arabia
Muqrin bin Abdulaziz	Saudi Arabia
Musaed al-Aiban	Saudi Arabia
Nayef bin Abdulaziz	Saudi Arabia
Reema bint Bandar	Saudi Arabia
Salman bin Abdulaziz	Saudi Arabia
Saud al-Faisal	Saudi Arabia
Sultan bin Abdulaziz	Saudi Arabia
Turki al-Faisal	Saudi Arabia
Abdou Diouf	Senegal
Abdoulaye Wade	Senegal
Amadou Ba	Senegal
Aïssata Tall Sall	Senegal
Bassirou Diomaye Faye	Senegal
Cheikh Niang	Senegal
Cheikh Tidiane Gadio	Senegal
Idrissa Seck	Senegal
Karim Wade	Senegal
Macky Sall	Senegal
Mankeur Ndiaye	Senegal
Ousmane Sonko	Senegal
Sidiki Kaba	Senegal
Yassine Fall	Senegal
Aleksandar Vulin	Serbia
Aleksandar Vučić	Serbia
Ana Brnabić	Serbia
Boris Tadić	Serbia
Bratislav Gašić	Serbia
Djuro Macut	Serbia
Dragan Šutanovac	Serbia
Goran Svilanović	Serbia
Ivan Mrkić	Serbia
Ivica Dačić	Serbia
Marko Djurić	Serbia
Marko Đurić	Serbia
Milan Milutinović	Serbia
Miloš Vučević	Serbia
Mirko Cvetković	Serbia
Nebojša Stefanović	Serbia
Nikola Selaković	Serbia
Siniša Mali	Serbia
Slobodan Milošević	Serbia
Tomislav Nikolić	Serbia
Vojislav Koštunica	Serbia
Vuk Drašković	Serbia
Vuk Jeremić	Serbia
Zoran Djindjić	Serbia
Zoran Đinđić	Serbia
Zoran Živković	Serbia
Đuro Macut	Serbia
Danny Faure	Seychelles
France-Albert René	Seychelles
James Michel	Seychelles
Patrick Herminie	Seychelles
Wavel Ramkalawan	Seychelles
Ahmad Tejan Kabbah	Sierra Leone
Ernest Bai Koroma	Sierra Leone
Julius Maada Bio	Sierra Leone
Samura Kamara	Sierra Leone
Chan Chun Sing	Singapore
Gan Kim Yong	Singapore
George Yeo	Singapore
Goh Chok Tong	Singapore
Halimah Yacob	Singapore
Heng Swee Keat	Singapore
K. Shanmugam	Singapore
Lawrence Wong	Singapore
Lee Hsien Loong	Singapore
Lee Kuan Yew	Singapore
Ng Eng Hen	Singapore
S. Jayakumar	Singapore
S. R. Nathan	Singapore
Teo Chee Hean	Singapore
Tharman Shanmugaratnam	Singapore
Tony Tan Keng Yam	Singapore
Vivian Balakrishnan	Singapore
Andrej Kiska	Slovakia
Eduard Heger	Slovakia
Eduard Kukan	Slovakia
Igor Matovič	Slovakia
Ivan Gašparovič	Slovakia
Ivan Korčok	Slovakia
Ivan Mikloš	Slovakia
Iveta Radičová	Slovakia
Jaroslav Naď	Slovakia
Juraj Blanár	Slovakia
Juraj Liška	Slovakia
Ján Počiatek	Slovakia
Ladislav Kamenický	Slovakia
Martin Glváč	Slovakia
Mikuláš Dzurinda	Slovakia
Miroslav Lajčák	Slovakia
Peter Gajdoš	Slovakia
Peter Kažimír	Slovakia
Peter Pellegrini	Slovakia
Rastislav Káčer	Slovakia
Robert Fico	Slovakia
Robert Kaliňák	Slovakia
Rudolf Schuster	Slovakia
Zuzana Čaputová	Slovakia
Ľudovít Ódor	Slovakia
Alenka Bratušek	Slovenia
Andrej Bajuk	Slovenia
Anton Rop	Slovenia
Anže Logar	Slovenia
Borut Pahor	Slovenia
Danilo Türk	Slovenia
Dimitrij Rupel	Slovenia
Ivo Vajgl	Slovenia
Janez Drnovšek	Slovenia
Janez Janša	Slovenia
Karl Erjavec	Slovenia
Lojze Peterle	Slovenia
Marjan Šarec	Slovenia
Milan Kučan	Slovenia
Miro Cerar	Slovenia
Nataša Pirc Musar	Slovenia
Robert Golob	Slovenia
Samuel Žbogar	Slovenia
Tanja Fajon	Slovenia
Allan Kemakeza	Solomon Islands
Derek Sikua	Solomon Islands
Gordon Darcy Lilo	Solomon Islands
Jeremiah Manele	Solomon Islands
Manasseh Sogavare	Solomon Islands
Rick Hou	Solomon Islands
Abdiqasim Salad Hassan	Somalia
Abdiweli Mohamed Ali	Somalia
Abdullahi Yusuf Ahmed	Somalia
Ahmed Moallim Fiqi	Somalia
Hamza Abdi Barre	Somalia
Hassan Ali Khaire	Somalia
Hassan Sheikh Mohamud	Somalia
Mohamed Abdullahi Farmaajo	Somalia
Mohamed Abdullahi Farmajo	Somalia
Mohamed Abdullahi Mohamed	Somalia
Mohamed Hussein Roble	Somalia
Omar Abdirashid Ali Sharmarke	Somalia
Sharif Sheikh Ahmed	Somalia
Aaron Motsoaledi	South Africa
Angie Motshekga	South Africa
Aziz Pahad	South Africa
Baso Sangqu	South Africa
Bheki Cele	South Africa
Charles Nqakula	South Africa
Clayson Monyela	South Africa
Cyril Ramaphosa	South Africa
David Mabuza	South Africa
Dumisani Kumalo	South Africa
Ebrahim Rasool	South Africa
Enoch Godongwana	South Africa
Essop Pahad	South Africa
Fikile Mbalula	South Africa
Helen Zille	South Africa
Jacob Zuma	South Africa
Jerry Matjila	South Africa
John Steenhuisen	South Africa
Julius Malema	South Africa
Kgalema Motlanthe	South Africa
Leon Schreiber	South Africa
Lindiwe Sisulu	South Africa
Maite Nkoana-Mashabane	South Africa
Malusi Gigaba	South Africa
Mangosuthu Buthelezi	South Africa
Mmusi Maimane	South Africa
Mosiuoa Lekota	South Africa
Naledi Pandor	South Africa
Nelson Mandela	South Africa
Nhlanhla Nene	South Africa
Nosiviwe Mapisa-Nqakula	South Africa
Paul Mashatile	South Africa
Phumzile Mlambo-Ngcuka	South Africa
Pravin Gordhan	South Africa
Ronald Lamola	South Africa
Senzo Mchunu	South Africa
Thabo Mbeki	South Africa
Thandi Modise	South Africa
Tito Mboweni	South Africa
Trevor Manuel	South Africa
Vincent Magwenya	South Africa
Ahn Gyu-back	South Korea
Bahk Jae-wan	South Korea
Cho Hyun	South Korea
Cho Tae-yong	South Korea
Cho Tae-yul	South Korea
Choi Kyung-hwan	South Korea
Choi Sang-mok	South Korea
Choo Kyung-ho	South Korea
Chung Dong-young	South Korea
Chung Eui-yong	South Korea
Chung Hong-won	South Korea
Chung Sye-kyun	South Korea
Chung Un-chan	South Korea
Goh Kun	South Korea
Han Duck-soo	South Korea
Han Min-koo	South Korea
Han Myeong-sook	South Korea
Han Seung-soo	South Korea
Hong Nam-ki	South Korea
Hwang Joon-kook	South Korea
Hwang Kyo-ahn	South Korea
Hyun Oh-seok	South Korea
Jeong Kyeong-doo	South Korea
Kang Kyung-wha	South Korea
Kim Boo-kyum	South Korea
Kim Dae-jung	South Korea
Kim Dong-yeon	South Korea
Kim Hwang-sik	South Korea
Kim Kwan-jin	South Korea
Kim Min-seok	South Korea
Kim Sook	South Korea
Kim Sung-han	South Korea
Kim Sung-hwan	South Korea
Kim Yong-hyun	South Korea
Koo Yun-cheol	South Korea
Kwon Young-se	South Korea
Lee Hae-chan	South Korea
Lee In-young	South Korea
Lee Jae-myung	South Korea
Lee Jong-sup	South Korea
Lee Myung-bak	South Korea
Lee Nak-yeon	South Korea
Lee Nak-yon	South Korea
Lee Wan-koo	South Korea
Moon Jae-in	South Korea
Oh Joon	South Korea
Park Geun-hye	South Korea
Park Jin	South Korea
Roh Moo-hyun	South Korea
Shin Won-sik	South Korea
Song Min-soon	South Korea
Song Young-moo	South Korea
Suh Wook	South Korea
Wi Sung-lac	South Korea
Yoo Il-ho	South Korea
Yoon Suk Yeol	South Korea
Yoon Suk-yeol	South Korea
Yoon Young-kwan	South Korea
Yu Myung-hwan	South Korea
Yun Byung-se	South Korea
Barnaba Marial Benjamin	South Sudan
Benjamin Bol Mel	South Sudan
James Wani Igga	South Sudan
Riek Machar	South Sudan
Salva Kiir	South Sudan
Salva Kiir Mayardit	South Sudan
Taban Deng Gai	South Sudan
Alberto Núñez Feijóo	Spain
Alfonso Dastis	Spain
Alfredo Pérez Rubalcaba	Spain
Ana Palacio	Spain
Arancha González Laya	Spain
Carles Puigdemont	Spain
Carlos Cuerpo	Spain
Carme Chacón	Spain
Carmen Calvo	Spain
Cristóbal Montoro	Spain
Elena Salgado	Spain
Federico Trillo	Spain
Felipe VI	Spain
Fernando Grande-Marlaska	Spain
Jaime Mayor Oreja	Spain
Jorge Fernández Díaz	Spain
Josep Piqué	Spain
José Bono	Spain
José Luis Rodríguez Zapatero	Spain
José Manuel Albares	Spain
José Manuel García-Margallo	Spain
José María Aznar	Spain
Juan Carlos I	Spain
Juan Ignacio Zoido	Spain
King Felipe VI	Spain
King Juan Carlos	Spain
Luis de Guindos	Spain
Margarita Robles	Spain
Mariano Rajoy	Spain
María Dolores de Cospedal	Spain
María Jesús Montero	Spain
María Teresa Fernández de la Vega	Spain
Miguel Ángel Moratinos	Spain
Nadia Calviño	Spain
Pablo Iglesias	Spain
Pedro Morenés	Spain
Pedro Solbes	Spain
Pedro Sánchez	Spain
Santiago Abascal	Spain
Soraya Sáenz de Santamaría	Spain
Trinidad Jiménez	Spain
Yolanda Díaz	Spain
Ángel Acebes	Spain
Ali Sabry	Sri Lanka
Anura Kumara Dissanayake	Sri Lanka
Basil Rajapaksa	Sri Lanka
Chandrika Bandaranaike Kumaratunga	Sri Lanka
Chandrika Kumaratunga	Sri Lanka
D. M. Jayaratne	Sri Lanka
Dinesh Gunawardena	Sri Lanka
G. L. Peiris	Sri Lanka
Gotabaya Rajapaksa	Sri Lanka
Harini Amarasuriya	Sri Lanka
Lakshman Kadirgamar	Sri Lanka
Mahinda Rajapaksa	Sri Lanka
Maithripala Sirisena	Sri Lanka
Mangala Samaraweera	Sri Lanka
Ranil Wickremesinghe	Sri Lanka
Ratnasiri Wickremanayake	Sri Lanka
Rohitha Bogollagama	Sri Lanka
Tilak Marapana	Sri Lanka
Tyronne Fernando	Sri Lanka
Vijitha Herath	Sri Lanka
Abdalla Hamdok	Sudan
Abdallah Hamdok	Sudan
Abdel Fattah Burhan	Sudan
Abdel Fattah al-Burhan	Sudan
Abdel-Fattah Burhan	Sudan
Ahmed Haroun	Sudan
Ali Karti	Sudan
Ali Osman Mohamed Taha	Sudan
Ali Osman Taha	Sudan
Asma Mohamed Abdalla	Sudan
Awad Ibn Auf	Sudan
Bakri Hassan Saleh	Sudan
Hassan al-Turabi	Sudan
Ibrahim Ghandour	Sudan
Kamil Idris	Sudan
Malik Agar	Sudan
Mariam al-Mahdi	Sudan
Mariam al-Sadiq al-Mahdi	Sudan
Mohamed Hamdan Dagalo	Sudan
Mohamed Hamdan Daglo	Sudan
Mustafa Osman Ismail	Sudan
Omar Hassan al-Bashir	Sudan
Omar al-Bashir	Sudan
Omar el-Bashir	Sudan
Sadiq al-Mahdi	Sudan
Salah Gosh	Sudan
Shams al-Din Kabbashi	Sudan
Albert Ramdin	Suriname
Chan Santokhi	Suriname
Desi Bouterse	Suriname
Jennifer Geerlings-Simons	Suriname
Ronald Venetiaan	Suriname
Yldiz Pollack-Beighle	Suriname
Anders Borg	Sweden
Ann Linde	Sweden
Anna Lindh	Sweden
Björn von Sydow	Sweden
Bosse Ringholm	Sweden
Carl Bildt	Sweden
Carl XVI Gustaf	Sweden
Elisabeth Svantesson	Sweden
Fredrik Reinfeldt	Sweden
Göran Persson	Sweden
Karin Enström	Sweden
King Carl XVI Gustaf	Sweden
Laila Freivalds	Sweden
Leni Björklund	Sweden
Magdalena Andersson	Sweden
Margot Wallström	Sweden
Maria Malmer Stenergard	Sweden
Mikael Damberg	Sweden
Mikael Odenberg	Sweden
Peter Hultqvist	Sweden
Pär Nuder	Sweden
Pål Jonson	Sweden
Stefan Löfven	Sweden
Sten Tolgfors	Sweden
Tobias Billström	Sweden
Ulf Kristersson	Sweden
Adolf Ogi	Switzerland
Alain Berset	Switzerland
Albert Rösti	Switzerland
Beat Jans	Switzerland
Christoph Blocher	Switzerland
Didier Burkhalter	Switzerland
Doris Leuthard	Switzerland
Elisabeth Baume-Schneider	Switzerland
Eveline Widmer-Schlumpf	Switzerland
Guy Parmelin	Switzerland
Hans-Rudolf Merz	Switzerland
Ignazio Cassis	Switzerland
Johann Schneider-Ammann	Switzerland
Joseph Deiss	Switzerland
Karin Keller-Sutter	Switzerland
Kaspar Villiger	Switzerland
Martin Pfister	Switzerland
Micheline Calmy-Rey	Switzerland
Moritz Leuenberger	Switzerland
Pascal Couchepin	Switzerland
Samuel Schmid	Switzerland
Simonetta Sommaruga	Switzerland
Ueli Maurer	Switzerland
Viola Amherd	Switzerland
Abdul Halim Khaddam	Syria
Ahmad al-Sharaa	Syria
Ahmed al-Sharaa	Syria
Ali Abdullah Ayoub	Syria
Asaad al-Shaibani	Syria
Bashar Assad	Syria
Bashar Jaafari	Syria
Bashar al-Assad	Syria
Bashar al-Jaafari	Syria
Bassam Sabbagh	Syria
Bouthaina Shaaban	Syria
Dawoud Rajiha	Syria
Fahd Jassem al-Freij	Syria
Faisal Mekdad	Syria
Faisal al-Mekdad	Syria
Farouk al-Sharaa	Syria
Hafez al-Assad	Syria
Hussein Arnous	Syria
Imad Khamis	Syria
Mohammed Ghazi al-Jalali	Syria
Mohammed Naji al-Otari	Syria
Murhaf Abu Qasra	Syria
Najah al-Attar	Syria
Riyad Hijab	Syria
Wael al-Halqi	Syria
Walid Muallem	Syria
Walid al-Moallem	Syria
Walid al-Muallem	Syria
Annette Lu	Taiwan
Chang Chun-hsiung	Taiwan
Chen Chien-jen	Taiwan
Chen Shui-bian	Taiwan
Chiu Kuo-cheng	Taiwan
Cho Jung-tai	Taiwan
Frank Hsieh	Taiwan
Hsiao Bi-khim	Taiwan
Jiang Yi-huah	Taiwan
Joseph Wu	Taiwan
Lai Ching-te	Taiwan
Lin Chia-lung	Taiwan
Lin Chuan	Taiwan
Liu Chao-shiuan	Taiwan
Ma Ying-jeou	Taiwan
Mao Chi-kuo	Taiwan
Sean Chen	Taiwan
Su Tseng-chang	Taiwan
Tsai Ing-wen	Taiwan
Vincent Siew	Taiwan
Wellington Koo	Taiwan
William Lai	Taiwan
Wu Den-yih	Taiwan
Yu Shyi-kun	Taiwan
Emomali Rahmon	Tajikistan
Emomali Rakhmonov	Tajikistan
Hamrokhon Zarifi	Tajikistan
Kokhir Rasulzoda	Tajikistan
Sirojiddin Muhriddin	Tajikistan
Asha-Rose Migiro	Tanzania
Augustine Mahiga	Tanzania
Benjamin Mkapa	Tanzania
Bernard Membe	Tanzania
Edward Lowassa	Tanzania
Jakaya Kikwete	Tanzania
January Makamba	Tanzania
John Magufuli	Tanzania
John Pombe Magufuli	Tanzania
Kassim Majaliwa	Tanzania
Liberata Mulamula	Tanzania
Mahmoud Thabit Kombo	Tanzania
Mizengo Pinda	Tanzania
Palamagamba Kabudi	Tanzania
Samia Suluhu Hassan	Tanzania
Tundu Lissu	Tanzania
Abhisit Vejjajiva	Thailand
Anutin Charnvirakul	Thailand
Bhumibol Adulyadej	Thailand
Chuan Leekpai	Thailand
Don Pramudwinai	Thailand
Kantathi Suphamongkhon	Thailand
Kasit Piromya	Thailand
Maha Vajiralongkorn	Thailand
Maris Sangiampongsa	Thailand
Nitya Pibulsonggram	Thailand
Paetongtarn Shinawatra	Thailand
Parnpree Bahiddha-Nukara	Thailand
Prawit Wongsuwan	Thailand
Prayut Chan-o-cha	Thailand
Prayuth Chan-ocha	Thailand
Samak Sundaravej	Thailand
Sihasak Phuangketkeow	Thailand
Somchai Wongsawat	Thailand
Srettha Thavisin	Thailand
Surakiart Sathirathai	Thailand
Surapong Tovichakchaikul	Thailand
Surayud Chulanont	Thailand
Thaksin Shinawatra	Thailand
Yingluck Shinawatra	Thailand
Faure Gnassingbé	Togo
Gnassingbé Eyadéma	Togo
Robert Dussey	Togo
Victoire Tomégah Dogbé	Togo
Akilisi Pohiva	Tonga
Feleti Sevele	Tonga
George Tupou V	Tonga
Pohiva Tu'i'onetoa	Tonga
Pohiva Tu'ionetoa	Tonga
Siaosi Sovaleni	Tonga
Tupou VI	Tonga
Amery Browne	Trinidad and Tobago
Anthony Carmona	Trinidad and Tobago
Basdeo Panday	Trinidad and Tobago
Christine Kangaloo	Trinidad and Tobago
George Maxwell Richards	Trinidad and Tobago
Kamla Persad-Bissessar	Trinidad and Tobago
Keith Rowley	Trinidad and Tobago
Patrick Manning	Trinidad and Tobago
Paula-Mae Weekes	Trinidad and Tobago
Stuart Young	Trinidad and Tobago
Ahmed Hachani	Tunisia
Ali Laarayedh	Tunisia
Beji Caid Essebsi	Tunisia
Beji Caid Sebsi	Tunisia
Elyes Fakhfakh	Tunisia
Fouad Mebazaa	Tunisia
Habib Essid	Tunisia
Hamadi Jebali	Tunisia
Hichem Mechichi	Tunisia
Kais Saied	Tunisia
Kamel Madouri	Tunisia
Kamel Morjane	Tunisia
Khemaies Jhinaoui	Tunisia
Mehdi Jomaa	Tunisia
Mohamed Ali Nafti	Tunisia
Mohamed Ghannouchi	Tunisia
Moncef Marzouki	Tunisia
Nabil Ammar	Tunisia
Najla Bouden	Tunisia
Najla Bouden Romdhane	Tunisia
Othman Jerandi	Tunisia
Rached Ghannouchi	Tunisia
Rafik Abdessalem	Tunisia
Taieb Baccouche	Tunisia
Youssef Chahed	Tunisia
Zine El Abidine Ben Ali	Tunisia
Zine el-Abidine Ben Ali	Tunisia
Abdulkadir Aksu	Turkey
Abdullah Gül	Turkey
Ahmet Davutoğlu	Turkey
Ahmet Necdet Sezer	Turkey
Ali Babacan	Turkey
Ali Yerlikaya	Turkey
Bekir Bozdağ	Turkey
Berat Albayrak	Turkey
Beşir Atalay	Turkey
Binali Yildirim	Turkey
Binali Yıldırım	Turkey
Bülent Arinç	Turkey
Bülent Arınç	Turkey
Bülent Ecevit	Turkey
Cevdet Yilmaz	Turkey
Cevdet Yılmaz	Turkey
Devlet Bahçeli	Turkey
Efkan Ala	Turkey
Egemen Bağiş	Turkey
Egemen Bağış	Turkey
Ekrem İmamoğlu	Turkey
Ertuğrul Apakan	Turkey
Fahrettin Altun	Turkey
Feridun Sinirlioğlu	Turkey
Fikri Işik	Turkey
Fikri Işık	Turkey
Fuat Oktay	Turkey
Hakan Fidan	Turkey
Hami Aksoy	Turkey
Hulusi Akar	Turkey
Kemal Kiliçdaroğlu	Turkey
Kemal Kılıçdaroğlu	Turkey
Kemal Unakitan	Turkey
Kemal Unakıtan	Turkey
Lütfi Elvan	Turkey
Mehmet Şimşek	Turkey
Mevlüt Çavuşoğlu	Turkey
Muammer Güler	Turkey
Naci Ağbal	Turkey
Numan Kurtulmuş	Turkey
Nureddin Nebati	Turkey
Nurettin Canikli	Turkey
Recep Tayyip Erdoğan	Turkey
Sabahattin Çakmakoğlu	Turkey
Süleyman Soylu	Turkey
Tanju Bilgiç	Turkey
Tayyip Erdogan	Turkey
Vecdi Gönül	Turkey
Volkan Bozkir	Turkey
Volkan Bozkır	Turkey
Yaşar Güler	Turkey
Yaşar Yakiş	Turkey
Yaşar Yakış	Turkey
Öncü Keçeli	Turkey
Özgür Özel	Turkey
İbrahim Kalin	Turkey
İbrahim Kalın	Turkey
İdris Naim Şahin	Turkey
İsmail Cem	Turkey
İsmet Yilmaz	Turkey
İsmet Yılmaz	Turkey
Şükrü Sina Gürel	Turkey
Gurbanguly Berdimuhamedow	Turkmenistan
Gurbanguly Berdymukhamedov	Turkmenistan
Rashid Meredov	Turkmenistan
Saparmurat Niyazov	Turkmenistan
Serdar Berdimuhamedow	Turkmenistan
Serdar Berdymukhamedov	Turkmenistan
Enele Sopoaga	Tuvalu
Feleti Teo	Tuvalu
Kausea Natano	Tuvalu
Simon Kofe	Tuvalu
Amama Mbabazi	Uganda
Bobi Wine	Uganda
Henry Oryem Okello	Uganda
Jeje Odongo	Uganda
Kizza Besigye	Uganda
Muhoozi Kainerugaba	Uganda
Robert Kyagulanyi	Uganda
Robinah Nabbanja	Uganda
Ruhakana Rugunda	Uganda
Sam Kahamba Kutesa	Uganda
Sam Kutesa	Uganda
Yoweri Kaguta Museveni	Uganda
Yoweri Museveni	Uganda
Anatoliy Hrytsenko	Ukraine
Anatoliy Kinakh	Ukraine
Anatoliy Zlenko	Ukraine
Anatoly Kinakh	Ukraine
Andrii Deshchytsia	Ukraine
Andrii Sybiha	Ukraine
Andrii Taran	Ukraine
Andrii Yermak	Ukraine
Andrij Melnyk	Ukraine
Andriy Deshchytsia	Ukraine
Andriy Melnyk	Ukraine
Andriy Sybiha	Ukraine
Andriy Taran	Ukraine
Andriy Yermak	Ukraine
Andriy Zagorodnyuk	Ukraine
Arsen Avakov	Ukraine
Arseniy Yatseniuk	Ukraine
Arseniy Yatsenyuk	Ukraine
Borys Tarasyuk	Ukraine
David Arakhamia	Ukraine
Davyd Arakhamia	Ukraine
Denys Monastyrsky	Ukraine
Denys Monastyrskyi	Ukraine
Denys Shmyhal	Ukraine
Dmytro Kuleba	Ukraine
Heorhii Tykhyi	Ukraine
Ihor Klymenko	Ukraine
Ihor Zhovkva	Ukraine
Iryna Vereshchuk	Ukraine
Kostyantyn Gryshchenko	Ukraine
Kyrylo Budanov	Ukraine
Leonid Kozhara	Ukraine
Leonid Kuchma	Ukraine
Mykhailo Fedorov	Ukraine
Mykhailo Podoliak	Ukraine
Mykhailo Podolyak	Ukraine
Mykola Azarov	Ukraine
Natalie Jaresko	Ukraine
Oksana Markarova	Ukraine
Oleg Nikolenko	Ukraine
Oleksandr Danylyuk	Ukraine
Oleksandr Kubrakov	Ukraine
Oleksandr Lytvynenko	Ukraine
Oleksandr Syrsky	Ukraine
Oleksandr Syrskyi	Ukraine
Oleksandr Turchynov	Ukraine
Oleksii Danilov	Ukraine
Oleksii Honcharuk	Ukraine
Oleksii Reznikov	Ukraine
Oleksiy Danilov	Ukraine
Oleksiy Honcharuk	Ukraine
Oleksiy Reznikov	Ukraine
Olga Stefanishyna	Ukraine
Olha Stefanishyna	Ukraine
Pavlo Klimkin	Ukraine
Petro Poroshenko	Ukraine
Ruslan Stefanchuk	Ukraine
Rustem Umerov	Ukraine
Sergiy Kyslytsya	Ukraine
Serhiy Kyslytsya	Ukraine
Serhiy Marchenko	Ukraine
Stepan Poltorak	Ukraine
Vadym Prystaiko	Ukraine
Valerii Zaluzhnyi	Ukraine
Valeriy Heletey	Ukraine
Valery Zaluzhny	Ukraine
Viktor Yanukovich	Ukraine
Viktor Yanukovych	Ukraine
Viktor Yushchenko	Ukraine
Vitali Klitschko	Ukraine
Volodymyr Groysman	Ukraine
Volodymyr Hroisman	Ukraine
Volodymyr Ogryzko	Ukraine
Volodymyr Ohryzko	Ukraine
Volodymyr Yelchenko	Ukraine
Volodymyr Zelenskiy	Ukraine
Volodymyr Zelensky	Ukraine
Volodymyr Zelenskyy	Ukraine
Yevhen Marchuk	Ukraine
Yulia Svyrydenko	Ukraine
Yulia Timoshenko	Ukraine
Yulia Tymoshenko	Ukraine
Yuri Yekhanurov	Ukraine
Yuriy Lutsenko	Ukraine
Yuriy Sergeyev	Ukraine
Yuriy Yekhanurov	Ukraine
Abdullah bin Zayed	United Arab Emirates
Abdullah bin Zayed Al Nahyan	United Arab Emirates
Anwar Gargash	United Arab Emirates
Hamdan bin Mohammed Al Maktoum	United Arab Emirates
Khaled bin Mohamed bin Zayed	United Arab Emirates
Khalifa bin Zayed	United Arab Emirates
Khalifa bin Zayed Al Nahyan	United Arab Emirates
Lana Nusseibeh	United Arab Emirates
Maktoum bin Rashid Al Maktoum	United Arab Emirates
Mansour bin Zayed Al Nahyan	United Arab Emirates
Mohamed bin Zayed	United Arab Emirates
Mohamed bin Zayed Al Nahyan	United Arab Emirates
Mohammed bin Rashid	United Arab Emirates
Mohammed bin Rashid Al Maktoum	United Arab Emirates
Mohammed bin Zayed	United Arab Emirates
Sultan Al Jaber	United Arab Emirates
Tahnoun bin Zayed	United Arab Emirates
Tahnoun bin Zayed Al Nahyan	United Arab Emirates
Zayed bin Sultan Al Nahyan	United Arab Emirates
Alan Johnson	United Kingdom
Alistair Burt	United Kingdom
Alistair Darling	United Kingdom
Amber Rudd	United Kingdom
Angela Rayner	United Kingdom
Barbara Woodward	United Kingdom
Bob Ainsworth	United Kingdom
Boris Johnson	United Kingdom
Charles Clarke	United Kingdom
Damian Green	United Kingdom
David Blunkett	United Kingdom
David Cameron	United Kingdom
David Lammy	United Kingdom
David Miliband	United Kingdom
Des Browne	United Kingdom
Dominic Raab	United Kingdom
Ed Miliband	United Kingdom
Emyr Jones Parry	United Kingdom
Gavin Williamson	United Kingdom
Geoff Hoon	United Kingdom
George Osborne	United Kingdom
Gordon Brown	United Kingdom
Grant Shapps	United Kingdom
Hamish Falconer	United Kingdom
Jack Straw	United Kingdom
Jacqui Smith	United Kingdom
James Cleverly	United Kingdom
Jeremy Corbyn	United Kingdom
Jeremy Greenstock	United Kingdom
Jeremy Hunt	United Kingdom
John Healey	United Kingdom
John Prescott	United Kingdom
John Sawers	United Kingdom
Jonathan Powell	United Kingdom
Karen Pierce	United Kingdom
Keir Starmer	United Kingdom
Kemi Badenoch	United Kingdom
Kim Darroch	United Kingdom
King Charles	United Kingdom
King Charles III	United Kingdom
Kwasi Kwarteng	United Kingdom
Liam Fox	United Kingdom
Liz Truss	United Kingdom
Margaret Beckett	United Kingdom
Mark Lyall Grant	United Kingdom
Mark Sedwill	United Kingdom
Matthew Rycroft	United Kingdom
Michael Fallon	United Kingdom
Nick Clegg	United Kingdom
Nigel Farage	United Kingdom
Nigel Sheinwald	United Kingdom
Oliver Dowden	United Kingdom
Penny Mordaunt	United Kingdom
Peter Mandelson	United Kingdom
Peter Ricketts	United Kingdom
Peter Westmacott	United Kingdom
Philip Hammond	United Kingdom
Prince Charles	United Kingdom
Prince William	United Kingdom
Priti Patel	United Kingdom
Queen Elizabeth II	United Kingdom
Rachel Reeves	United Kingdom
Rishi Sunak	United Kingdom
Sajid Javid	United Kingdom
Shabana Mahmood	United Kingdom
Stephen Doughty	United Kingdom
Stephen Lovegrove	United Kingdom
Suella Braverman	United Kingdom
Theresa May	United Kingdom
Thérèse Coffey	United Kingdom
Tim Barrow	United Kingdom
Tony Blair	United Kingdom
William Hague	United Kingdom
Yvette Cooper	United Kingdom
António Guterres	United Nations
Ban Ki Moon	United Nations
Ban Ki-moon	United Nations
Farhan Haq	United Nations
Filippo Grandi	United Nations
Fred Eckhard	United Nations
Geir Pedersen	United Nations
Jan Eliasson	United Nations
Jeanine Hennis-Plasschaert	United Nations
Kofi Annan	United Nations
Louise Fréchette	United Nations
Marie Okabe	United Nations
Martin Griffiths	United Nations
Martin Nesirky	United Nations
Michèle Montas	United Nations
Philippe Lazzarini	United Nations
Staffan de Mistura	United Nations
Stéphane Dujarric	United Nations
Tor Wennesland	United Nations
Volker Türk	United Nations
Adam Boehler	United States
Al Gore	United States
Alejandro Mayorkas	United States
Amos Hochstein	United States
Anthony Zinni	United States
Antony Blinken	United States
Ari Fleischer	United States
Ash Carter	United States
Ashton Carter	United States
Avril Haines	United States
Barack Obama	United States
Ben Cardin	United States
Bill Burns	United States
Bill Clinton	United States
Bill Frist	United States
Bill Richardson	United States
Bob Corker	United States
Bob Menendez	United States
Brett McGurk	United States
Brian Hook	United States
Charlene Barshefsky	United States
Christopher Landau	United States
Chuck Hagel	United States
Chuck Schumer	United States
Colin Powell	United States
Condoleezza Rice	United States
Dan Caine	United States
Dan Coats	United States
Dana Perino	United States
David Petraeus	United States
Denis McDonough	United States
Dennis Hastert	United States
Dennis Ross	United States
Dick Armey	United States
Dick Cheney	United States
Dick Gephardt	United States
Donald J. Trump	United States
Donald Rumsfeld	United States
Donald Trump	United States
Dorothy Shea	United States
Elbridge Colby	United States
Elise Stefanik	United States
Elliott Abrams	United States
Eric Cantor	United States
Geoff Morrell	United States
George Mitchell	United States
George Tenet	United States
George W. Bush	United States
Gina Haspel	United States
Gina Raimondo	United States
H. R. McMaster	United States
H.R. McMaster	United States
Hakeem Jeffries	United States
Hank Paulson	United States
Harry Reid	United States
Heather Nauert	United States
Henry Paulson	United States
Hillary Clinton	United States
Hillary Rodham Clinton	United States
Howard Lutnick	United States
J.D. Vance	United States
JD Vance	United States
Jack Lew	United States
Jacob Lew	United States
Jake Siewert	United States
Jake Sullivan	United States
James Clapper	United States
James L. Jones	United States
James Mattis	United States
James P. Rubin	United States
James Rubin	United States
Jamieson Greer	United States
Janet Napolitano	United States
Janet Yellen	United States
Jared Kushner	United States
Jason Greenblatt	United States
Jay Carney	United States
Jeh Johnson	United States
Jen Psaki	United States
Jim Mattis	United States
Jim Risch	United States
Joe Biden	United States
Joe Lockhart	United States
John Boehner	United States
John Bolton	United States
John Brennan	United States
John Danforth	United States
John F. Kelly	United States
John Kerry	United States
John Kirby	United States
John McCain	United States
John Negroponte	United States
John Ratcliffe	United States
John Thune	United States
Joseph Dunford	United States
Joseph R. Biden	United States
Josh Earnest	United States
Kamala Harris	United States
Karine Jean-Pierre	United States
Karoline Leavitt	United States
Katherine Tai	United States
Kathleen Hicks	United States
Kayleigh McEnany	United States
Keith Kellogg	United States
Kelly Craft	United States
Kevin McCarthy	United States
Kirstjen Nielsen	United States
Kristi Noem	United States
Kurt Campbell	United States
Kurt Volker	United States
Larry Summers	United States
Lawrence Summers	United States
Leon Panetta	United States
Linda Thomas-Greenfield	United States
Lindsey Graham	United States
Lloyd Austin	United States
Madeleine Albright	United States
Marco Rubio	United States
Mark Esper	United States
Mark Milley	United States
Mark Toner	United States
Martin Dempsey	United States
Martin Indyk	United States
Massad Boulos	United States
Matthew Miller	United States
Michael Chertoff	United States
Michael Flynn	United States
Michael Froman	United States
Michael Hayden	United States
Michael Waltz	United States
Mike Huckabee	United States
Mike Johnson	United States
Mike Mullen	United States
Mike Pence	United States
Mike Pompeo	United States
Mike Waltz	United States
Mitch McConnell	United States
Morgan Ortagus	United States
Nancy Pelosi	United States
Ned Price	United States
Nikki Haley	United States
P.J. Crowley	United States
Pat Ryder	United States
Patrick Shanahan	United States
Paul O'Neill	United States
Paul Ryan	United States
Pete Hegseth	United States
Philip J. Crowley	United States
Philip Reeker	United States
Porter Goss	United States
Rahm Emanuel	United States
Rex Tillerson	United States
Ric Grenell	United States
Richard Armitage	United States
Richard Boucher	United States
Richard Gephardt	United States
Richard Grenell	United States
Richard Holbrooke	United States
Richard Lugar	United States
Rob Malley	United States
Robert C. O'Brien	United States
Robert Gates	United States
Robert Gibbs	United States
Robert Lighthizer	United States
Robert Malley	United States
Robert Menendez	United States
Robert O'Brien	United States
Roy Blunt	United States
Samantha Power	United States
Samuel Berger	United States
Sandy Berger	United States
Sarah Huckabee Sanders	United States
Sarah Sanders	United States
Scott Bessent	United States
Scott McClellan	United States
Sean McCormack	United States
Sean Spicer	United States
Steny Hoyer	United States
Stephanie Grisham	United States
Stephen Biegun	United States
Stephen Hadley	United States
Steve Mnuchin	United States
Steve Scalise	United States
Steve Witkoff	United States
Steven Mnuchin	United States
Steven Witkoff	United States
Susan Rice	United States
Susan Schwab	United States
Susie Wiles	United States
Tammy Bruce	United States
Thomas Barrack	United States
Thomas Donilon	United States
Tim Geithner	United States
Timothy Geithner	United States
Todd Stern	United States
Tom Barrack	United States
Tom Daschle	United States
Tom DeLay	United States
Tom Donilon	United States
Tom Ridge	United States
Tommy Pigott	United States
Tony Blinken	United States
Tony Snow	United States
Trent Lott	United States
Tulsi Gabbard	United States
Vedant Patel	United States
Victoria Nuland	United States
Wendy Sherman	United States
Wilbur Ross	United States
William Burns	United States
William Cohen	United States
William J. Burns	United States
Zalmay Khalilzad	United States
Beatriz Argimón	Uruguay
Carolina Cosse	Uruguay
Danilo Astori	Uruguay
Didier Opertti	Uruguay
Ernesto Talvi	Uruguay
Francisco Bustillo	Uruguay
Jorge Batlle	Uruguay
José Mujica	Uruguay
Luis Almagro	Uruguay
Luis Lacalle Pou	Uruguay
Mario Lubetkin	Uruguay
Omar Paganini	Uruguay
Pepe Mujica	Uruguay
Reinaldo Gargano	Uruguay
Rodolfo Nin Novoa	Uruguay
Tabaré Vázquez	Uruguay
Yamandú Orsi	Uruguay
Abdulaziz Kamilov	Uzbekistan
Abdulla Aripov	Uzbekistan
Bakhtiyor Saidov	Uzbekistan
Islam Karimov	Uzbekistan
Shavkat Mirziyoyev	Uzbekistan
Vladimir Norov	Uzbekistan
Bob Loughman	Vanuatu
Charlot Salwai	Vanuatu
Edward Natapei	Vanuatu
Ishmael Kalsakau	Vanuatu
Joe Natuman	Vanuatu
Jotham Napat	Vanuatu
Sato Kilman	Vanuatu
Angelo Sodano	Vatican
Jorge Mario Bergoglio	Vatican
Joseph Ratzinger	Vatican
Pietro Parolin	Vatican
Pope Benedict XVI	Vatican
Pope Francis	Vatican
Pope John Paul II	Vatican
Pope Leo XIV	Vatican
Robert Francis Prevost	Vatican
Tarcisio Bertone	Vatican
Alí Rodríguez Araque	Venezuela
Aristóbulo Istúriz	Venezuela
Carlos Faría	Venezuela
Delcy Rodríguez	Venezuela
Diosdado Cabello	Venezuela
Edmundo González	Venezuela
Edmundo González Urrutia	Venezuela
Elías Jaua	Venezuela
Félix Plasencia	Venezuela
Henrique Capriles	Venezuela
Hugo Chávez	Venezuela
Jesús Arnaldo Pérez	Venezuela
Jorge Arreaza	Venezuela
José Vicente Rangel	Venezuela
Juan Guaidó	Venezuela
Leopoldo López	Venezuela
Luis Alfonso Dávila	Venezuela
María Corina Machado	Venezuela
Nicolás Maduro	Venezuela
Néstor Reverol	Venezuela
Pedro Carmona	Venezuela
Raúl Baduel	Venezuela
Roy Chaderton	Venezuela
Samuel Moncada	Venezuela
Tareck El Aissami	Venezuela
Vladimir Padrino	Venezuela
Vladimir Padrino López	Venezuela
Yván Gil	Venezuela
Bui Thanh Son	Vietnam
Le Kha Phieu	Vietnam
Luong Cuong	Vietnam
Ngo Xuan Lich	Vietnam
Nguyen Dy Nien	Vietnam
Nguyen Minh Triet	Vietnam
Nguyen Phu Trong	Vietnam
Nguyen Tan Dung	Vietnam
Nguyen Xuan Phuc	Vietnam
Nong Duc Manh	Vietnam
Pham Binh Minh	Vietnam
Pham Gia Khiem	Vietnam
Pham Minh Chinh	Vietnam
Phan Van Giang	Vietnam
Phan Van Khai	Vietnam
Phung Quang Thanh	Vietnam
To Lam	Vietnam
Tran Dai Quang	Vietnam
Tran Duc Luong	Vietnam
Tran Thanh Man	Vietnam
Truong Tan Sang	Vietnam
Vo Van Thuong	Vietnam
Vuong Dinh Hue	Vietnam
Ajay Banga	World Bank
David Malpass	World Bank
James Wolfensohn	World Bank
Jim Yong Kim	World Bank
Robert Zoellick	World Bank
Gro Harlem Brundtland	World Health Organization
Lee Jong-wook	World Health Organization
Margaret Chan	World Health Organization
Tedros Adhanom	World Health Organization
Tedros Adhanom Ghebreyesus	World Health Organization
Ngozi Okonjo-Iweala	World Trade Organization
Pascal Lamy	World Trade Organization
Roberto Azevêdo	World Trade Organization
Supachai Panitchpakdi	World Trade Organization
Abd Rabbuh Mansur Hadi	Yemen
Abdrabbuh Mansur Hadi	Yemen
Abdulmalik al-Mekhlafi	Yemen
Abdulqader Bajamal	Yemen
Abu Bakr al-Qirbi	Yemen
Ahmed Awad bin Mubarak	Yemen
Ahmed Obeid bin Daghr	Yemen
Ali Abdullah Saleh	Yemen
Ali Mohammed Mujawar	Yemen
Khaled Bahah	Yemen
Maeen Abdulmalik	Yemen
Mahdi al-Mashat	Yemen
Mohammed Basindawa	Yemen
Rashad al-Alimi	Yemen
Riyadh Yassin	Yemen
Salem bin Breik	Yemen
Shaya al-Zindani	Yemen
Edgar Lungu	Zambia
Frederick Chiluba	Zambia
Guy Scott	Zambia
Hakainde Hichilema	Zambia
Levy Mwanawasa	Zambia
Michael Sata	Zambia
Rupiah Banda	Zambia
Amon Murwira	Zimbabwe
Arthur Mutambara	Zimbabwe
Constantino Chiwenga	Zimbabwe
Emmerson Mnangagwa	Zimbabwe
Frederick Shava	Zimbabwe
Grace Mugabe	Zimbabwe
Joice Mujuru	Zimbabwe
Morgan Tsvangirai	Zimbabwe
Mthuli Ncube	Zimbabwe
Nelson Chamisa	Zimbabwe
Patrick Chinamasa	Zimbabwe
Robert Mugabe	Zimbabwe
Sibusiso Moyo	Zimbabwe
Simbarashe Mumbengegwi	Zimbabwe
Stan Mudenge	Zimbabwe
Tendai Biti	Zimbabwe
"""

ENTRIES: tuple[tuple[str, str], ...] = tuple(
    (name.strip(), side.strip())
    for name, side in (line.split("\t") for line in _DATA.strip().splitlines() if line.strip())
)
