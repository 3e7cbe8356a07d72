# Textos de la interfaz de Convene: español. La referencia es el archivo en inglés; cada
# idioma debe contener exactamente sus mismos identificadores de mensaje (una prueba lo verifica).

## Elementos generales del sitio
site-name = Convene
site-tagline = Un foro abierto para el diálogo sobre políticas de Internet
skip-to-content = Ir al contenido
nav-label = Navegación principal
nav-home = Inicio
nav-about = Acerca del foro
nav-signin = Iniciar sesión
nav-register = Registrarse
nav-account = Su cuenta
nav-audit = Registro de auditoría
nav-signout = Cerrar sesión
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

## Personas
former-participant = Antiguo participante
profile-suspended = Esta cuenta está suspendida.
profile-coalitions = Coaliciones
profile-no-coalitions = Todavía no es miembro de ninguna coalición.
profile-posts = Mensajes recientes
moderation-title = Moderación
moderation-suspend = Suspender esta cuenta
moderation-reinstate = Reactivar esta cuenta

## Formularios
form-error-summary = Corrija los siguientes errores
form-choose = Seleccione…
form-error-required = Este campo es obligatorio.
form-error-too-long = El texto es demasiado largo.
form-error-email = Introduzca una dirección de correo electrónico, por ejemplo, name@example.org.
form-error-choose = Seleccione una de las opciones.
form-error-language = Utilice códigos de idioma como sw, pt o fa, separados por comas.
form-error-too-many = Seleccione menos idiomas.
form-error-password-short = Utilice al menos 10 caracteres.
form-error-password-email = La contraseña no puede ser su dirección de correo electrónico.
form-error-password-wrong = La contraseña no es correcta.
form-error-coc = Para participar, debe aceptar el Código de Conducta.
form-error-signin = La dirección de correo electrónico o la contraseña no son correctas, o la dirección aún no se ha confirmado: después de registrarse, siga primero el enlace que le enviamos.
form-error-suspended = Esta cuenta está suspendida y no puede iniciar sesión.
field-display_name = Nombre
field-email = Dirección de correo electrónico
field-password = Contraseña
field-stakeholder_group = Grupo de partes interesadas
field-country = País
field-affiliation = Organización
field-gender = Género (opcional)
field-languages = Idiomas que lee
field-languages_other = Otros idiomas (códigos como sw, pt)
field-ui_lang = Idioma de la interfaz
field-coc = Acepto el Código de Conducta
field-reason = Motivo
hint-password = Al menos 10 caracteres. Una frase corta es fácil de recordar y difícil de adivinar.
hint-affiliation = Se muestra junto con lo que escriba, salvo que se exprese en nombre de un gobierno.
hint-gender = Descríbalo con sus propias palabras o deje el campo vacío. Este dato nunca se muestra; solo se utiliza en estadísticas anónimas sobre diversidad.
hint-delete-password = Introduzca su contraseña para confirmar.

## Registro e inicio de sesión
register-title = Registro
register-intro = Cualquier persona puede participar. Todo lo que escriba se mostrará junto con su nombre, su grupo de partes interesadas y el país o la organización en cuyo nombre se expresa.
register-read-coc = (consultarlo)
register-submit = Crear mi cuenta
register-have-account = ¿Ya tiene una cuenta?
signin-title = Iniciar sesión
signin-submit = Iniciar sesión
signin-forgot = ¿Ha olvidado su contraseña?
signin-no-account = ¿Es su primera visita?
signin-after-reset = Se ha cambiado su contraseña. Inicie sesión con la nueva contraseña.
reset-title = Restablecer la contraseña
reset-intro = Introduzca la dirección de correo electrónico de su cuenta y le enviaremos un enlace para elegir una nueva contraseña.
reset-submit = Enviarme un enlace
reset-sent-title = Revise su correo electrónico
reset-sent-body = Si alguna cuenta utiliza esta dirección, se le ha enviado un enlace para elegir una nueva contraseña. El enlace es válido durante una hora.
reset-new-title = Elija una nueva contraseña
reset-new-submit = Guardar la nueva contraseña
reset-expired-title = Este enlace ya no es válido
reset-expired-body = Los enlaces de restablecimiento solo pueden utilizarse una vez y durante una hora. Solicite uno nuevo.
reset-mail-subject = Enlace para restablecer su contraseña
reset-mail-body = Hola, { $name }:

    Alguien, probablemente usted, ha solicitado restablecer la contraseña de su cuenta. Para elegir una nueva contraseña, abra este enlace en el plazo de una hora:

    { $link }

    Si no ha realizado esta solicitud, puede ignorar este mensaje; su contraseña seguirá siendo la misma.

## Cuenta
account-title = Su cuenta
account-saved = Se ha guardado su perfil.
account-save = Guardar
account-your-data = Sus datos
account-export-intro = Descargue en un archivo JSON todos los datos que el foro conserva sobre usted.
account-export = Descargar mis datos
account-delete = Eliminar mi cuenta
account-email = Dirección de correo electrónico registrada
delete-title = Eliminar su cuenta
delete-explain = Se borrarán su nombre, su dirección de correo electrónico y sus datos personales, y se cerrará su sesión. Lo que haya publicado permanecerá en el registro público y se mostrará como escrito por un antiguo participante.
delete-submit = Eliminar mi cuenta

## Registro de auditoría
audit-title = Registro de auditoría
audit-empty = Todavía no se ha registrado nada.
audit-when = Fecha
audit-who = Realizada por
audit-action = Acción
audit-whom = Cuenta
audit-older = Entradas anteriores
audit-action-suspend = Suspensión
audit-action-reinstate = Reactivación
audit-action-set-role = Cambio de función
audit-action-proposal = Decisión sobre una sesión
audit-target-session = Sesión { $id }

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
error-forbidden-title = Acción no permitida
error-forbidden-body = Su cuenta no tiene permiso para realizar esta acción.
error-csrf-title = Este formulario ha caducado
error-csrf-body = Por motivos de seguridad, no se ha podido enviar el formulario. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-too-many-title = Demasiados intentos
error-too-many-body = Espere unos minutos antes de volver a intentarlo.
error-too-large-title = Solicitud demasiado grande
error-too-large-body = Lo enviado supera el tamaño que admite este foro (1 MB). Acórtelo y vuelva a intentarlo.

## Roles
field-role = Función
role-save = Cambiar la función
role-participant = Participante
role-reviewer = Evaluación (comité del programa)
role-moderator = Moderación
role-secretariat = Secretaría

## Traducción de contenidos
nav-translations = Traducciones
translate-title = Traducir «{ $title }» al { $language }
translate-original = Original en { $language }, revisión { $revision }
translate-your-translation = Su traducción al { $language }
field-title = Título
field-body = Texto (Markdown)
translate-submit = Proponer esta traducción
translate-publish = Publicar esta traducción
translate-proposed = Gracias. Se ha propuesto su traducción, que se publicará una vez que se apruebe.
translate-published = La traducción se ha publicado.
translate-same-language = Este texto está escrito en este idioma, por lo que no hay nada que traducir.
translate-pending = Propuestas pendientes de aprobación
translate-approve = Aprobar y publicar
translate-outdated-note = La traducción publicada se realizó a partir de una revisión anterior del original. Le rogamos que la actualice.
status-title = Estado de las traducciones
status-intro = Qué parte del contenido del foro puede leerse en cada idioma y qué queda por hacer. Cualquier persona registrada puede proponer una traducción.
status-language = Idioma
status-current = Actualizado
status-outdated = Desactualizado
status-missing = Sin traducir
status-percent = { $percent }% actualizado
status-needs-work = Por traducir al { $language }
status-all-done = Todo está traducido y actualizado.
translator-trust = Designar como traductor de confianza
translator-untrust = Retirar la designación de traductor de confianza
translator-badge = Traductor de confianza
audit-action-trust-translator = Designación como traductor de confianza
audit-action-untrust-translator = Retirada de la designación de traductor de confianza
edit-original-link = Editar el original
edit-original-title = Editar «{ $title }»
edit-original-explain = Está modificando el texto original. Todas sus traducciones se marcarán como desactualizadas hasta que se actualicen.
edit-original-save = Guardar una nueva revisión

## Situación de la coalición y participación
standing-forming = Situación: en formación
standing-active = Situación: activa
standing-inactive = Situación: inactiva
standing-needs-groups = Número de grupos de partes interesadas representados entre los miembros: { $value }; para el reconocimiento se requieren al menos tres.
standing-needs-action-plan = Todavía no hay un plan de acción.
standing-needs-contact = Todavía no se ha designado a una persona de contacto.
standing-criteria-met = Se cumplen los criterios para el reconocimiento: miembros de al menos tres grupos de partes interesadas, un plan de acción y una persona de contacto.
standing-output = Último informe anual o documento: { $value }.
standing-first-report-due = Coalición nueva: su primer informe anual o documento debe presentarse en { $value }.
standing-no-recent-output = No se ha publicado ningún informe anual ni documento desde { $value }. Las coaliciones que pasan dos años sin publicar ninguno figuran como inactivas.
standing-never-reported = No se ha publicado ningún informe anual ni documento. Las coaliciones que pasan dos años sin publicar ninguno figuran como inactivas.
standing-recognized = Reconocida por la Secretaría el { $date }.
standing-not-recognized = Todavía no ha sido reconocida por la Secretaría.
coalition-action-plan = Plan de acción
coalition-join = Unirse a esta coalición
coalition-leave = Abandonar esta coalición
coalition-signin-to-join = Inicie sesión para unirse a esta coalición
coalition-you-are-member = Es miembro de esta coalición.
coalition-start-thread = Iniciar un debate

## Debates
thread-new-title = Iniciar un debate
thread-create = Iniciar el debate
thread-reply-title = Responder
thread-reply-submit = Publicar la respuesta
thread-reply-link = Responder
thread-quote-link = Citar
thread-in-reply = En respuesta a un mensaje anterior
thread-signin-to-reply = Inicie sesión para participar en este debate
field-post = Su mensaje
field-lang = Idioma en el que escribe
hint-markdown = Puede utilizar Markdown: *énfasis*, **negrita**, enlaces, listas y > para las citas.

## Directorio de coaliciones y propuestas
nav-coalitions = Coaliciones
coalitions-title = Coaliciones dinámicas
coalitions-intro = Todas las coaliciones, con su situación y los motivos de esta. Cualquier persona puede proponer una; la Secretaría la reconoce cuando cuenta con miembros de al menos tres grupos de partes interesadas, un plan de acción y una persona de contacto.
coalitions-propose = Proponer una coalición
coalition-propose-title = Proponer una coalición
coalition-propose-intro = Explique por qué es necesaria la coalición y qué se propone hacer. Usted pasará a ser su coordinador y su persona de contacto; otras personas podrán unirse con un solo clic.
field-name = Nombre
field-mission = Por qué es necesaria
field-action_plan = Plan de acción
coalition-propose-submit = Proponer la coalición
coalition-recognize = Reconocer esta coalición
coalition-make-coordinator = Nombrar cocoordinador
error-conflict-title = Todavía no es posible
error-conflict-body = Todavía no se cumplen las normas del foro. En la página de la que procede se indica qué falta.

## Equilibrio entre partes interesadas
balance-members-title = Quiénes son los miembros
balance-posts-title = Quiénes han intervenido en este debate
balance-by-group = Por grupo de partes interesadas
balance-by-region = Por grupo regional

## Temas de política pública y mandato
nav-topics = Temas
topics-title = Temas de política pública
topics-intro = Las cuestiones que el foro sigue año tras año. Cada tema reúne las coaliciones y los debates que le corresponden, para que ninguna política en la materia tome a nadie por sorpresa.
topics-label = Temas:
field-topics = Temas de política pública
topic-mandate = Aspectos del mandato a los que contribuye
mandate-1 = Políticas públicas sobre los elementos clave de Internet
mandate-2 = Cuestiones transversales que atañen a varios organismos internacionales
mandate-3 = Interfaz con las organizaciones intergubernamentales
mandate-4 = Intercambio de información y prácticas óptimas
mandate-5 = Disponibilidad y asequibilidad en los países en desarrollo
mandate-6 = Participación de las partes interesadas, sobre todo de los países en desarrollo
mandate-7 = Identificación de temas emergentes y formulación de recomendaciones
mandate-8 = Creación de capacidades en los países en desarrollo
mandate-9 = Aplicación de los principios de la Cumbre Mundial
mandate-10 = Recursos críticos de Internet
mandate-11 = Uso y uso indebido de Internet que afectan a los usuarios cotidianos
mandate-12 = Publicación de las actas

## Resultados de las coaliciones y opiniones disidentes
outputs-title = Resultados
outputs-none = Todavía no se ha publicado nada.
output-kind-yearly-report = Informe anual
output-kind-thematic-paper = Documento temático
output-kind-statement = Declaración
output-publish-title = Publicar un documento
field-kind = Tipo de documento
field-year = Año
output-publish-submit = Publicar
output-versions = Versiones
output-version = Versión { $value }, del { $date }
output-old-version = Está leyendo la versión { $value }, que no es la versión actual.
output-read-current = Leer la versión actual
dissents-title = Opiniones disidentes
dissents-intro = Los miembros que no están de acuerdo con este documento lo manifiestan aquí, con su propio nombre. Las opiniones disidentes se muestran siempre junto con el documento.
dissents-none = Ningún miembro ha dejado constancia de una opinión disidente.
field-dissent = Su opinión disidente
dissent-submit = Firmar y añadir mi opinión disidente
dissent-members-only = Los miembros de la coalición pueden añadir una opinión disidente.

## Moderación
nav-moderation = Moderación
flag-post = Señalar este mensaje
flag-submit = Enviar al equipo de moderación
flag-thanks = Gracias. El equipo de moderación examinará el mensaje que ha señalado.
post-hidden = El equipo de moderación ha ocultado este mensaje. Motivo:
post-held = Pendiente de revisión: solo usted y el equipo de moderación pueden ver este mensaje.
post-held-notice = Gracias. Su mensaje aparecerá una vez que lo haya revisado el equipo de moderación; esto se aplica a los primeros mensajes de las cuentas nuevas.
moderation-hide-post = Ocultar este mensaje
moderation-restore-post = Restablecer este mensaje
moderation-release = Publicar este mensaje
moderation-queue-title = Cola de moderación
moderation-flags = Mensajes señalados
moderation-held = Mensajes pendientes de revisión
moderation-nothing = No hay nada pendiente.
moderation-dismiss = Desestimar el aviso
posting-rights-title = Derecho a publicar
posting-rights-removed = Esta cuenta puede seguir leyendo y continúa siendo miembro, pero no puede publicar.
posting-rights-remove = Retirar el derecho a publicar
posting-rights-restore = Restablecer el derecho a publicar
settings-title = Configuración del sitio
settings-hold-first-posts = Retener los primeros mensajes de las cuentas nuevas hasta que los revise el equipo de moderación
audit-action-hide-post = Ocultación de un mensaje
audit-action-restore-post = Restablecimiento de un mensaje
audit-action-release-post = Publicación de un mensaje tras su revisión
audit-action-block-posting = Retirada del derecho a publicar
audit-action-unblock-posting = Restablecimiento del derecho a publicar

## Edición de mensajes y seguimiento
nav-following = Debates seguidos
post-edit = Editar
post-edited = Editado: ver versiones anteriores
post-edit-title = Editar su mensaje
post-edit-explain = Cualquier persona puede seguir leyendo las versiones anteriores, de modo que el registro del debate nunca se reescribe.
post-history-title = Versiones anteriores de este mensaje
post-history-current = Volver a la versión actual
follow = Seguir
unfollow = Dejar de seguir
following-title = Coaliciones y debates que sigue
following-intro = Los debates que sigue y todos los debates de las coaliciones que sigue, empezando por los que han tenido actividad más reciente.
following-none = Todavía no sigue ninguna coalición ni ningún debate. Utilice el botón «Seguir» de una coalición o de un debate.

# notifications
nav-notifications = Notificaciones
nav-notifications-unread = { $count ->
    [one] Notificaciones ({ $count } nueva)
   *[other] Notificaciones ({ $count } nuevas)
}
notifications-title = Notificaciones
notifications-mark-read = Marcar todas como leídas
notifications-none = No tiene notificaciones. Siga una coalición o un debate para enterarse de los mensajes nuevos.
notifications-older = Notificaciones anteriores
notification-unread = Nueva
notification-new-post = { $author } respondió en «{ $title }»
notification-new-output = Nueva publicación: «{ $title }»
notification-new-thread = { $author } abrió un nuevo debate: «{ $title }»
notification-posting-removed = { $count ->
    [one] Se le ha retirado el derecho a publicar porque el equipo de moderación ocultó uno de sus mensajes señalados en un plazo de { $days } días. Sigue siendo miembro de sus coaliciones y puede seguir leyendo y siguiendo los debates.
   *[other] Se le ha retirado el derecho a publicar porque el equipo de moderación ocultó { $count } de sus mensajes señalados en un plazo de { $days } días. Sigue siendo miembro de sus coaliciones y puede seguir leyendo y siguiendo los debates.
}
field-abuse-threshold = Retirar automáticamente el derecho a publicar tras este número de señalamientos confirmados
settings-abuse-threshold-hint = Se cuentan los mensajes señalados de una persona que el equipo de moderación ocultó en los últimos 90 días; 0 desactiva esta regla. La membresía nunca se retira.
form-error-threshold = Escriba un número entero entre 0 y 100.
audit-action-auto-block-posting = Retirada automática del derecho a publicar por abusos reiterados

# meetings
nav-meetings = Reuniones
nav-agenda = Mi agenda
nav-reviews = Evaluaciones
meetings-title = Reuniones anuales
meetings-intro = El foro se reúne una vez al año, cada vez en un país anfitrión distinto. Cada reunión tiene su tema, su convocatoria de propuestas de sesiones y su programa.
meetings-hosts = Países anfitriones a lo largo de los años
meeting-label = Reunión
meeting-theme = Tema
meeting-new = Nueva reunión anual
meeting-create = Crear la reunión
meeting-tracks = Ejes temáticos
meeting-call = Convocatoria de propuestas de sesiones
meeting-call-open = La convocatoria está abierta del { $opens } al { $closes }.
meeting-call-closed = La convocatoria va del { $opens } al { $closes } y no está abierta en este momento.
meeting-call-none = Todavía no se ha fijado ninguna convocatoria de propuestas de sesiones.
meeting-my-proposals = Sus propuestas
meeting-programme = Programa
meeting-sessions-count = { $count ->
    [one] { $count } sesión aceptada
   *[other] { $count } sesiones aceptadas
}
meeting-secretariat = Para la Secretaría
meeting-settings = Configuración
back-to-meeting = Volver a la reunión
field-host_country = País anfitrión
field-city = Ciudad
field-starts_on = Primer día
field-ends_on = Último día
field-time_zone = Zona horaria de la sede
field-call_opens_on = Fecha de apertura de la convocatoria
field-call_closes_on = Fecha de cierre de la convocatoria
field-proposal_limit = Propuestas por persona
field-word_limit = Número máximo de palabras por descripción
field-track-name = Nombre del eje temático
field-room-name = Nombre de la sala
field-capacity = Plazas
hint-theme = El tema general; descríbalo más abajo.
hint-time-zone = Un nombre de zona horaria de la IANA, como Africa/Nairobi o Europe/Oslo. Los horarios de las sesiones corresponden a la hora local de la sede.
hint-proposal-limit = Cuántas propuestas puede presentar una misma persona como organizadora; 0 significa sin límite.
track-add = Añadir un eje temático
room-add = Añadir una sala
room-capacity = { $count ->
    [one] { $count } plaza
   *[other] { $count } plazas
}
form-save = Guardar
form-error-number = Escriba un número entero dentro del intervalo permitido.
form-error-date = Escriba una fecha con el formato año-mes-día.
form-error-date-order = Esta fecha es anterior a la que debería seguir.
form-error-time-zone = Esta zona horaria no se reconoce. Utilice un nombre como Africa/Nairobi.
form-error-year-taken = Ya existe una reunión para este año.
form-error-participation = Indique el número de personas que participaron, de forma presencial o en línea.
proposal-new = Proponer una sesión
proposal-new-intro = Su propuesta seguirá siendo un borrador privado, que solo podrán ver usted y los coorganizadores que añada, hasta que la presente. En la página del borrador se indican los criterios que aún no se cumplen.
proposal-save = Guardar la propuesta
proposal-edit = Editar la propuesta
proposal-submit = Presentar la propuesta
proposal-organisers = Organizadores
proposal-speakers = Ponentes y moderador
proposal-no-speakers = Todavía no hay ponentes.
proposal-status-draft = Borrador
proposal-status-submitted = Presentada
proposal-status-in-review = En evaluación
proposal-status-accepted = Aceptada
proposal-status-declined = No aceptada
proposal-status-merge-requested = Fusión solicitada
proposal-status-merged = Fusionada con otra propuesta
field-description = Descripción
field-policy_questions = Preguntas de política pública
field-session_type = Tipo de sesión
field-format = Formato
field-duration = Duración
field-mode = Presencial o en línea
field-session_lang = Idioma de la sesión
field-track = Eje temático
field-coalitions = Coaliciones relacionadas
field-organisation = Organización
field-group = Grupo de partes interesadas
field-organiser_email = Dirección de correo electrónico del coorganizador
hint-word-limit = { $count ->
    [one] Como máximo, { $count } palabra.
   *[other] Como máximo, { $count } palabras.
}
hint-policy-questions = Las preguntas que se debatirán en la sesión, una por línea.
duration-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
session-type-workshop = Taller
session-type-main = Sesión principal
session-type-open-forum = Foro abierto
session-type-coalition = Sesión de coalición dinámica
session-type-best-practice = Sesión de foro de mejores prácticas
session-type-nri = Sesión de iniciativas nacionales y regionales
session-type-networking = Sesión para establecer contactos
session-type-lightning = Charla relámpago
session-type-launch = Lanzamiento o entrega de premios
session-type-town-hall = Asamblea abierta
session-type-day-zero = Evento del día 0
session-format-panel = Panel
session-format-break-out = Trabajo en grupos reducidos
session-format-debate = Debate
session-format-roundtable = Mesa redonda
session-format-birds-of-a-feather = Encuentro informal por afinidades
session-format-flash = Sesión relámpago
session-mode-hybrid = Híbrida: presencial y en línea
session-mode-onsite = Presencial
session-mode-online = Solo en línea
gender-woman = Mujer
gender-man = Hombre
gender-non-binary = No binario
gender-undisclosed = Prefiere no decirlo
speaker-role-moderator = Moderador
speaker-role-speaker = Ponente
speaker-onsite = Presencial
speaker-online = En línea
speaker-add = Añadir un ponente
speaker-add-intro = Los ponentes pueden ser participantes de este foro o personas invitadas. El género solo se solicita para comprobar el criterio de diversidad; lo ven los organizadores y nunca se publica.
speaker-remove = Quitar
organiser-add = Añadir un coorganizador
criteria-title = Criterios mínimos
criteria-intro = Para poder presentar la propuesta deben cumplirse los siguientes criterios:
criteria-all-met = Se cumplen todos los criterios mínimos: la propuesta puede presentarse.
criterion-call-closed = La convocatoria de propuestas no está abierta hoy.
criterion-incomplete = Deben completarse todos los campos: título, descripción, preguntas de política pública, tipo de sesión, formato, duración y modalidad (presencial o en línea).
criterion-too-long = La descripción tiene { $words } palabras; se permiten como máximo { $limit }.
criterion-speakers = { $count ->
    [one] Se necesitan al menos 3 ponentes; hay { $count }.
   *[other] Se necesitan al menos 3 ponentes; hay { $count }.
}
criterion-gender = Al menos un ponente debe ser de un género distinto al de los demás.
criterion-groups = Los ponentes deben proceder de más de un grupo de partes interesadas.
criterion-onsite = Una sesión híbrida o presencial requiere que el moderador y al menos dos ponentes estén presentes en la sede.
criterion-missing-report = { $name } no ha presentado el informe de una sesión anterior.
criterion-reviewer = { $name } evalúa propuestas y no puede presentar ninguna.
criterion-limit = { $name } ya organiza el número máximo permitido de propuestas presentadas ({ $limit }).
merge-title = Fusión solicitada
merge-intro = La Secretaría solicita que esta propuesta se una a otra similar. Si acepta, sus organizadores y ponentes pasarán a ella:
merge-agree = Aceptar y fusionar
session-when = Fecha y hora
session-room = Sala
session-online = Sala virtual
interest-add = Añadir a mi agenda
interest-remove = Quitar de mi agenda
interest-count = { $count ->
    [one] { $count } persona interesada
   *[other] { $count } personas interesadas
}
review-title = Evaluación
review-assigned = Evaluadores asignados
review-none-assigned = Todavía no se ha asignado ningún evaluador.
field-reviewer_email = Dirección de correo electrónico del evaluador
review-assign = Asignar un evaluador
review-scores = Puntuaciones
review-reviewer = Evaluador
review-relevance = Pertinencia
review-content = Contenido
review-diversity = Diversidad
review-format = Formato
review-relevance-hint = En qué medida la sesión responde al tema de la reunión y a sus preguntas de política pública.
review-content-hint = Claridad, solidez y grado de preparación de la propuesta.
review-diversity-hint = Diversidad de ponentes y organizadores: género, región, grupo de partes interesadas, edad y posiciones en materia de políticas.
review-format-hint = Si el formato se ajusta al objetivo y funciona tanto para quienes asisten en persona como para quienes participan en línea.
review-total = Total
review-comments = Comentarios
review-decide = Decidir
field-outcome = Decisión
field-merge_with = Fusionar con la propuesta número
review-yours = Su evaluación
review-save = Guardar su evaluación
review-dashboard = Propuestas y evaluación
review-no-track = Sin eje temático
review-proposal-count = { $count ->
    [one] { $count } propuesta presentada
   *[other] { $count } propuestas presentadas
}
review-status = Estado
review-mean = Puntuación media
review-spread = Dispersión
review-count = Evaluaciones
review-marks = Indicadores
review-mark-first-time = Primera propuesta
review-mark-developing = De un país en desarrollo
review-queue = Propuestas por evaluar
review-queue-empty = No tiene ninguna propuesta asignada.
review-done = evaluada
review-to-do = por evaluar
agenda-title = Agenda
agenda-ics = Agenda en formato de calendario (iCalendar)
agenda-ics-one = Añadir a un calendario (iCalendar)
agenda-frab-json = Programa para aplicaciones de conferencias (JSON)
agenda-frab-xml = Programa para aplicaciones de conferencias (XML)
agenda-times-in = horarios en hora local de la sede ({ $zone })
agenda-filter = Filtrar la agenda
agenda-any = Cualquiera
agenda-day = Día
agenda-speaker-group = Grupo de partes interesadas de los ponentes
agenda-apply = Mostrar
agenda-clear = Borrar los filtros
agenda-shown = { $count ->
    [one] { $count } sesión
   *[other] { $count } sesiones
}
agenda-unscheduled = Sesiones aún sin programar
agenda-as-timetable = Ver el horario: las salas una al lado de otra, un día a la vez
timetable-as-list = Ver la agenda como lista
timetable-title = Horario
timetable-time = Hora
timetable-no-room = Sala por confirmar
timetable-hint = Las salas en columnas y las horas en filas. En una pantalla pequeña, desplácese de lado: las horas siguen a la vista.
timetable-region = Horario del { $day }
timetable-empty = Ninguna sesión de este día coincide con los filtros.
timetable-elsewhere = { $count ->
    [one] Una sesión no aparece en la cuadrícula (aún sin hora o sin sala): consulte la lista.
   *[other] { $count } sesiones no aparecen en la cuadrícula (aún sin hora o sin sala): consulte la lista.
}
agenda-personal = Mi agenda
agenda-personal-intro = Las sesiones que ha añadido a su agenda, por orden cronológico.
agenda-personal-empty = Su agenda está vacía. Utilice el botón «Añadir a mi agenda» en la página de una sesión.
agenda-feed = Suscripción al calendario
agenda-feed-intro = Suscríbase a esta dirección privada desde su aplicación de calendario para tener allí su agenda. Cualquier persona que tenga la dirección puede leer su agenda.
schedule-title = Programación
schedule-rooms = Salas
schedule-no-rooms = Todavía no hay salas: añádalas en la configuración de la reunión.
schedule-clashes = Personas asignadas a sesiones que se solapan
schedule-no-clashes = Nadie está asignado a dos sesiones a la vez.
schedule-clash = { $person } participa en «{ $first }» y en «{ $second }» a la misma hora.
schedule-room-taken = La sala { $room } ya está ocupada a esa hora por «{ $other }». No se ha cambiado nada.
schedule-sessions = Sesiones aceptadas
schedule-place = Sala y horario
schedule-save = Programar
report-title = Informe de la sesión
report-none = Todavía no se ha presentado ningún informe.
report-file = Presentar o actualizar el informe
report-back = Volver a la sesión
report-intro = Presente el informe breve, con los mensajes clave, poco después de la sesión, y el informe completo en un plazo de dos semanas. Los organizadores que nunca presentan informes no pueden presentar propuestas para la siguiente reunión.
report-short-only = Solo se ha presentado el informe breve; el informe completo aún está pendiente.
report-participation = Participación
report-transcript = Transcripción
report-transcript-notice = Las transcripciones y los subtítulos en directo se publican para facilitar el seguimiento. No constituyen un registro oficial de la sesión.
report-save-short = Guardar como informe breve
report-save-full = Guardar como informe completo
field-key_messages = Mensajes clave
field-key_issues = Principales cuestiones planteadas
field-presentations = Resumen de cada presentación
field-discussion = Debate
field-takeaways = Conclusiones y próximos pasos
field-onsite_count = Asistentes en la sede
field-online_count = Asistentes en línea
hint-key_messages = Hasta tres mensajes que la sesión quiere transmitir al foro.
hint-key_issues = Las cuestiones de política pública que se plantearon en la sesión.
hint-presentations = Un breve resumen de lo que dijo cada ponente.
hint-discussion = Lo que plantearon en el debate los participantes, presenciales y en línea.
hint-takeaways = Lo que se acordó, lo que queda pendiente y los próximos pasos.
reports-title = Informes
reports-state = Informe
reports-late-count = { $count ->
    [one] Hay { $count } informe con retraso.
   *[other] Hay { $count } informes con retraso.
}
reports-remind = Enviar ahora los recordatorios pendientes
report-state-not-due = La sesión aún no ha terminado
report-state-short-due = Informe breve pendiente
report-state-short-late = Informe breve con retraso
report-state-full-due = Informe completo pendiente
report-state-full-late = Informe completo con retraso
report-state-complete = Finalizado
notification-proposal-accepted = Se ha aceptado su propuesta de sesión «{ $title }».
notification-proposal-declined = Su propuesta de sesión «{ $title }» no ha sido aceptada este año.
notification-proposal-merge = La Secretaría solicita que su propuesta «{ $title }» se fusione con «{ $other }».
notification-report-reminder-short = El informe breve de «{ $title }» debe presentarse a más tardar el { $due }.
notification-report-reminder-full = El informe completo de «{ $title }» debe presentarse a más tardar el { $due }.
mail-proposal-accepted-subject = Se ha aceptado su propuesta de sesión
mail-proposal-accepted-body = Hola, { $name }:

    Se ha aceptado su propuesta de sesión «{ $title }». La Secretaría la incluirá en el programa; en su página se indicarán la sala y el horario una vez que se hayan fijado:
    { $link }
mail-proposal-declined-subject = Sobre su propuesta de sesión
mail-proposal-declined-body = Hola, { $name }:

    Su propuesta de sesión «{ $title }» no ha sido aceptada este año. Gracias por presentarla; su página sigue a su disposición:
    { $link }
mail-proposal-merge-subject = Su propuesta de sesión: solicitud de fusión
mail-proposal-merge-body = Hola, { $name }:

    La Secretaría solicita que su propuesta «{ $title }» se una a la propuesta similar «{ $other }». Puede dar su conformidad en la página de la propuesta:
    { $link }
mail-report-reminder-short-subject = Informe breve pendiente
mail-report-reminder-short-body = Hola, { $name }:

    El informe breve de su sesión «{ $title }», con sus mensajes clave, debe presentarse a más tardar el { $due }. Puede presentarlo aquí:
    { $link }
mail-report-reminder-full-subject = Informe completo pendiente
mail-report-reminder-full-body = Hola, { $name }:

    El informe completo de su sesión «{ $title }» debe presentarse a más tardar el { $due }. Puede presentarlo aquí:
    { $link }
topic-sessions = Sesiones de las reuniones anuales
topic-sessions-none = Ninguna sesión de una reunión anual ha tratado aún este tema.
speaker-role-rapporteur = Relator
home-coalitions-all = Todas las coaliciones

## trust: moderation
moderation-held-coalitions = Coaliciones pendientes de revisión
moderation-held-dissents = Opiniones discrepantes pendientes de revisión
coalition-hidden-title = Coalición oculta
coalition-hidden-notice = Los moderadores ocultaron esta coalición.
coalition-held-notice = Esta coalición espera la revisión de los moderadores antes de aparecer en la lista.
moderation-hide-coalition = Ocultar esta coalición
moderation-restore-coalition = Restaurar esta coalición
moderation-hide-dissent = Ocultar esta opinión discrepante
moderation-restore-dissent = Restaurar esta opinión discrepante
dissent-held-notice = Esta opinión discrepante espera la revisión de los moderadores antes de que otros la vean.
dissent-hidden-notice = Los moderadores ocultaron esta opinión discrepante.
audit-action-hide-coalition = Coalición oculta
audit-action-restore-coalition = Coalición restaurada
audit-action-release-coalition = Coalición publicada tras la revisión
audit-action-hide-dissent = Opinión discrepante oculta
audit-action-restore-dissent = Opinión discrepante restaurada
audit-action-release-dissent = Opinión discrepante publicada tras la revisión
audit-action-auto-block-coalition-posting = Derecho a publicar en una coalición retirado automáticamente tras abusos repetidos
notification-coalition-posting-removed = { $count ->
    [one] Se te retiró el derecho a publicar en los debates de una coalición porque sus coordinadores ocultaron allí una de tus publicaciones denunciadas en { $days } días. Puedes seguir publicando en otros lugares y sigues siendo miembro.
   *[other] Se te retiró el derecho a publicar en los debates de una coalición porque sus coordinadores ocultaron allí { $count } de tus publicaciones denunciadas en { $days } días. Puedes seguir publicando en otros lugares y sigues siendo miembro.
}

## trust: accounts
form-error-control-chars = Quite de este campo los caracteres de control invisibles, como las marcas de dirección del texto.
signin-check-mail = Hemos enviado un mensaje a esa dirección. Para terminar el registro, siga el enlace que contiene; si ya tiene una cuenta, inicie sesión aquí o elija una contraseña nueva.
confirm-mail-subject = Confirme su dirección para terminar el registro
confirm-mail-body = Hola, { $name }:

    Para terminar de crear su cuenta, abra este enlace y confirme que esta dirección es suya:

    { $link }

    El enlace es válido durante dos días. Si no se registró, ignore este mensaje: sin él no se crea ninguna cuenta.
confirm-title = Confirme su dirección
confirm-intro = Así confirma que la dirección es suya e inicia sesión en su nueva cuenta.
confirm-submit = Confirmar e iniciar sesión
confirm-expired-title = Este enlace ya no es válido
confirm-expired-body = Los enlaces de confirmación solo sirven una vez y durante dos días. Regístrese de nuevo con la misma dirección para recibir otro.
register-taken-mail-subject = Alguien intentó registrarse con su dirección
register-taken-mail-body = Hola, { $name }:

    Alguien, quizá usted, intentó crear una cuenta nueva con esta dirección de correo, que ya tiene una. No se ha creado ninguna cuenta nueva.

    Si ha olvidado su contraseña, puede elegir una nueva aquí:

    { $link }

    Si no fue usted, puede ignorar este mensaje.
suspended-title = Su cuenta está suspendida
suspended-own-data = Ya no puede participar, pero todavía puede descargar todo lo que el foro guarda sobre usted o eliminar su cuenta. Escriba su contraseña para hacer cualquiera de las dos cosas.

## trust: invitations
notification-invited-speaker = { $who } le invita a intervenir en la propuesta de sesión «{ $title }».
notification-invited-organiser = { $who } le invita a coorganizar la propuesta de sesión «{ $title }».
invitations-title = Invitaciones pendientes de respuesta
invitations-intro = Nada sobre usted aparece en una propuesta hasta que acepte. Como ponente, su perfil público completa lo que los organizadores dejaron en blanco; como coorganizador, la propuesta cuenta para su límite de propuestas y puede editarla.
invitation-to-speaker = Intervenir en «{ $title }»
invitation-to-organiser = Coorganizar «{ $title }»
invitation-accept = Aceptar
invitation-decline = Rechazar
invitations-sent = Invitaciones
invitations-sent-intro = Las personas indicadas por correo electrónico quedan invitadas, no añadidas: aparecen en la propuesta y cuentan para los criterios solo cuando aceptan.
invitation-kind-speaker = ponente
invitation-kind-organiser = coorganizador
invitation-pending = a la espera de respuesta
invitation-declined = rechazada
invitation-withdraw = Retirar
hint-speaker-invite = Con una dirección de correo, el ponente queda invitado: un participante con esa dirección aparece cuando acepta, y los campos dejados en blanco se toman entonces de su perfil público.

# Atom feeds
feed-link = Canal Atom
feed-site-title = Nuevos debates
feed-dissent-title = Opinión disidente de { $author }
feed-post-title = { $author } en «{ $thread }»
account-feed-title = Canal privado de sus notificaciones
account-feed-intro = Lea sus notificaciones en un lector de canales. La dirección es secreta: quien la tenga las lee; cree una nueva (la anterior deja de funcionar) o revóquela si se difunde.
account-feed-make = Crear una dirección nueva
account-feed-revoke = Revocar la dirección
account-feed-made = Esta es la dirección de su canal privado. Solo se muestra ahora: cópiela en su lector de canales y no la comparta.
account-feed-revoked = La dirección del canal privado ya no funciona.

# Watching coalitions and topics
watch-label = Seguir:
watch-everything = Todo
watch-new-only = Solo debates y publicaciones nuevos
watch-off = Sin seguir
watch-save = Guardar
site-description = Un foro abierto y multilingüe de diálogo sobre políticas de Internet entre gobiernos, sociedad civil, comunidades técnica y académica, empresas y medios.
following-watched = Lo que sigue
following-discussions = Debates

# Mail (issue 15): watches by mail, notification mail, digests, bounces, unsubscribing.
watch-mail-label = Por correo:
watch-mail-none = Sin correo
watch-mail-now = Cada mensaje
watch-mail-daily = Resumen diario
watch-mail-weekly = Resumen semanal
mail-author = { $name } ({ $group }, { $country })
mail-from-name = { $author } vía { $forum }
mail-post-intro = { $author } escribió en «{ $title }»:
mail-thread-intro = { $author } abrió un nuevo debate, «{ $title }»:
mail-read-online = Leerlo en el foro
mail-reply-hint = Responda a este correo para contestar en el debate: su respuesta se publica con su nombre, según las normas del foro.
mail-why = Recibe este correo porque sigue este debate, su coalición o uno de sus temas.
mail-unsubscribe = Dejar de recibir estos correos
mail-digest-subject-daily = Su resumen diario: { $count ->
    [one] un mensaje nuevo
   *[other] { $count } mensajes nuevos
}
mail-digest-subject-weekly = Su resumen semanal: { $count ->
    [one] un mensaje nuevo
   *[other] { $count } mensajes nuevos
}
mail-digest-intro = Novedades en lo que sigue desde su último resumen:
mail-digest-unsubscribe = Dejar de recibir estos resúmenes
mail-bounce-subject = Su mensaje no pudo publicarse
mail-bounce-intro = Su mensaje «{ $subject }» no pudo publicarse en el foro.
mail-bounce-footer = No se publicó nada. Puede responder en el foro: { $url }
mail-bounce-off = Este foro no acepta respuestas por correo.
mail-bounce-no-address = No se envió a la dirección de respuesta de un debate. Responda al correo que le envió el foro, con la función Responder de su programa de correo.
mail-bounce-forged = La dirección de respuesta no la creó este foro, o fue modificada.
mail-bounce-wrong-sender = No procede de la dirección para la que se creó la dirección de respuesta. Responda desde la dirección a la que le escribe el foro.
mail-bounce-account = La cuenta para la que se creó fue cerrada o suspendida.
mail-bounce-empty = Tras quitar el mensaje citado y la firma, no quedó nada que publicar.
mail-bounce-too-long = Es más largo de lo que puede ser un mensaje.
mail-bounce-forbidden = No puede publicar en este debate: se le retiró el derecho a publicar en él.
mail-bounce-not-found = El debate ya no existe o no puede leerse.
unsubscribe-title = Dejar de recibir correos
unsubscribe-confirm = ¿Dejar de recibir los correos de este seguimiento? Lo seguirá viendo en el foro.
unsubscribe-confirm-daily = ¿Dejar de recibir sus resúmenes diarios? Seguirá todo en el foro.
unsubscribe-confirm-weekly = ¿Dejar de recibir sus resúmenes semanales? Seguirá todo en el foro.
unsubscribe-button = Dejar de recibir estos correos
unsubscribe-done = Hecho: no recibirá más estos correos. Puede elegir de nuevo en la página de lo que sigue.
unsubscribe-invalid = Este enlace para darse de baja no es válido. Copie la dirección completa del correo, o cambie sus ajustes en la página de lo que sigue.
