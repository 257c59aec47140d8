# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise core pack: the pack's own title and description, shown in the lesson library.

pack-title = Уроки ChatWise
pack-description = Короткі інтерактивні уроки про безпеку в інтернеті: як розпізнати грумінг, як сказати «ні», коли на тебе тиснуть, і де знайти допомогу.
