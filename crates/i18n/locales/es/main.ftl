# Textos de la interfaz de Convene: español. La referencia es el archivo en inglés; cada
# idioma debe contener exactamente sus mismos identificadores de mensaje (una prueba lo verifica).

## Elementos generales del sitio
site-name = Convene
site-tagline = Un foro abierto para el diálogo sobre políticas de Internet
skip-to-content = Ir al contenido
nav-label = Navegación principal
nav-home = Inicio
nav-about = Acerca del foro
language-label = Idioma
language-switcher-title = Leer esta página en otro idioma
content-exists-in = Este contenido está disponible en los siguientes idiomas: { $languages }
footer-mission = Este foro no adopta decisiones vinculantes. Reúne a todos los grupos de partes interesadas en torno a una misma mesa y publica lo que en ella se dice.
footer-powered = Funciona con Convene, un software libre.
# Nombre de un idioma tal como se usa dentro de una frase («traducido al …»). Los idiomas
# que no tienen nombre aquí se muestran con su código.
language-name = { $code ->
    [en] inglés
    [ar] árabe
    [de] alemán
    [es] español
    [fr] francés
    [it] italiano
    [ru] ruso
    [zh] chino
   *[other] { $code }
}

## Página de inicio
home-title = Bienvenida
home-intro = Los gobiernos, los organismos intergubernamentales, la sociedad civil, las comunidades técnica y académica, el sector privado y los medios de comunicación se reúnen aquí en pie de igualdad para debatir sobre la gobernanza de Internet. Cualquier persona puede participar; cada intervención se muestra junto con el grupo de partes interesadas y el país en cuyo nombre se expresa.
home-read-about = Más información sobre el mandato del foro
home-meetings = Reuniones anuales
home-meetings-empty = Todavía no se ha anunciado ninguna reunión anual.
meeting-place = { $city }, { $country }
meeting-dates = Del { $start } al { $end }
home-coalitions = Coaliciones dinámicas
home-coalitions-intro = La mayor parte del trabajo se realiza entre reuniones, en coaliciones abiertas a las que cualquier persona puede sumarse.
home-coalitions-empty = Todavía no se ha constituido ninguna coalición.
coalition-members = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
home-threads = Debates recientes
home-threads-empty = Todavía no se ha publicado nada.
thread-posts = { $count ->
    [one] { $count } mensaje
   *[other] { $count } mensajes
}
thread-next-page = Página siguiente de mensajes

## Página de la coalición
coalition-discussions = Debates
coalition-members-heading = Miembros
coalition-coordinator = Coordinador

## Avisos sobre las traducciones
translation-untranslated = Esta página aún no está disponible en { $language }, por lo que está leyendo la versión original en { $original }.
translation-untranslated-help = Ayude a traducirla para que más personas puedan leerla en su propio idioma.
translation-translate-link = Traducir esta página
translation-outdated = Es posible que esta traducción no esté actualizada: el original se ha modificado desde que se tradujo.
translation-very-outdated = Esta traducción tiene { $behind } revisiones de retraso con respecto al original y es posible que ya no refleje su contenido.
translation-read-original = Leer el original ({ $original })

## Grupos de partes interesadas
stakeholder-government = Gobierno
stakeholder-intergovernmental = Organización intergubernamental
stakeholder-civil-society = Sociedad civil
stakeholder-technical-community = Comunidad técnica
stakeholder-academia = Mundo académico
stakeholder-private-sector = Sector privado
stakeholder-media = Medios de comunicación

## Grupos regionales de las Naciones Unidas
region-african = Grupo de Estados de África
region-asia-pacific = Grupo de Estados de Asia y el Pacífico
region-eastern-european = Grupo de Estados de Europa Oriental
region-latin-american-caribbean = Grupo de Estados de América Latina y el Caribe
region-western-european-others = Grupo de Estados de Europa Occidental y otros Estados
region-intergovernmental = Organizaciones intergubernamentales
region-other = Otros

## Errores
error-not-found-title = Página no encontrada
error-not-found-body = No hay nada en esta dirección. Es posible que el contenido se haya trasladado o que el enlace contenga un error.
error-bad-request-title = No se ha entendido la solicitud
error-bad-request-body = No se ha podido leer la solicitud. Vuelva atrás e inténtelo de nuevo.
error-internal-title = Se ha producido un error por nuestra parte
error-internal-body = El problema ha quedado registrado. Vuelva a intentarlo en unos momentos.
error-unavailable-title = No disponible temporalmente
error-unavailable-body = En este momento, el foro no puede acceder a su base de datos. Vuelva a intentarlo en unos momentos.
error-go-home = Ir a la página de inicio
