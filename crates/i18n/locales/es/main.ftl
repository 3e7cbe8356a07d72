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
form-error-email-taken = Ya existe una cuenta con esta dirección de correo electrónico.
form-error-choose = Seleccione una de las opciones.
form-error-language = Utilice códigos de idioma como sw, pt o fa, separados por comas.
form-error-too-many = Seleccione menos idiomas.
form-error-password-short = Utilice al menos 10 caracteres.
form-error-password-email = La contraseña no puede ser su dirección de correo electrónico.
form-error-password-wrong = La contraseña no es correcta.
form-error-coc = Para participar, debe aceptar el Código de Conducta.
form-error-signin = La dirección de correo electrónico o la contraseña no son correctas.
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
notification-new-thread = { $author } abrió un nuevo debate: «{ $title }»
notification-posting-removed = { $count ->
    [one] Se le ha retirado el derecho a publicar porque el equipo de moderación ocultó uno de sus mensajes señalados en un plazo de { $days } días. Sigue siendo miembro de sus coaliciones y puede seguir leyendo y siguiendo los debates.
   *[other] Se le ha retirado el derecho a publicar porque el equipo de moderación ocultó { $count } de sus mensajes señalados en un plazo de { $days } días. Sigue siendo miembro de sus coaliciones y puede seguir leyendo y siguiendo los debates.
}
field-abuse-threshold = Retirar automáticamente el derecho a publicar tras este número de señalamientos confirmados
settings-abuse-threshold-hint = Se cuentan los mensajes señalados de una persona que el equipo de moderación ocultó en los últimos 90 días; 0 desactiva esta regla. La membresía nunca se retira.
form-error-threshold = Escriba un número entero entre 0 y 100.
audit-action-auto-block-posting = Retirada automática del derecho a publicar por abusos reiterados
