# DRAFT translation (machine-assisted), awaiting review by a local organisation.
# ChatWise үндсэн багц: хичээлийн санд харагдах багцын нэр, тайлбар.

pack-title = ChatWise хичээлүүд
pack-description = Онлайнд аюулгүй байх тухай богино, интерактив хичээлүүд: уруу татахыг таних, шахалтад «үгүй» гэж хэлэх, хаанаас тусламж авахаа мэдэх.
