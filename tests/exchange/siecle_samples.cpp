#include "siecle_samples.h"

#include <QFile>
#include <QTemporaryDir>

#include <zip.h>

using namespace Qt::Literals::StringLiterals;

namespace passerelle::test {

QByteArray latin9(const QString& text) {
    QByteArray bytes;
    for (const QChar c : text) {
        switch (c.unicode()) {
            case 0x20AC:
                bytes.append(char(0xA4));
                break;
            case 0x0160:
                bytes.append(char(0xA6));
                break;
            case 0x0161:
                bytes.append(char(0xA8));
                break;
            case 0x017D:
                bytes.append(char(0xB4));
                break;
            case 0x017E:
                bytes.append(char(0xB8));
                break;
            case 0x0152:
                bytes.append(char(0xBC));
                break;
            case 0x0153:
                bytes.append(char(0xBD));
                break;
            case 0x0178:
                bytes.append(char(0xBE));
                break;
            default:
                bytes.append(c.unicode() < 0x100 ? char(c.unicode()) : '?');
        }
    }
    return bytes;
}

QByteArray elevesXml() {
    return latin9(
        uR"(<?xml version="1.0" encoding="ISO-8859-15"?>
<BEE_ELEVES VERSION="3.4">
  <PARAMETRES>
    <UAJ>0941234A</UAJ>
    <ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE>
    <DATE_EXPORT>02/12/2026</DATE_EXPORT>
    <HORODATAGE>02/12/2026 08:15:00</HORODATAGE>
  </PARAMETRES>
  <DONNEES>
    <ELEVES>
      <ELEVE ELEVE_ID="1001" ELENOET="501">
        <ID_NATIONAL>123456789AB</ID_NATIONAL>
        <NOM_DE_FAMILLE>LEFÈVRE-D'ŒUVRE</NOM_DE_FAMILLE>
        <NOM_USAGE></NOM_USAGE>
        <PRENOM>Zoé</PRENOM>
        <DATE_NAISS>14/03/2012</DATE_NAISS>
        <CODE_SEXE>2</CODE_SEXE>
        <CODE_MEF>10310019110</CODE_MEF>
      </ELEVE>
      <ELEVE ELEVE_ID="1002" ELENOET="502">
        <INE_BEA>987654321CD</INE_BEA>
        <NOM_DE_FAMILLE>N'DIAYE</NOM_DE_FAMILLE>
        <NOM_USAGE>MARTIN</NOM_USAGE>
        <PRENOM>Jean-Éric</PRENOM>
        <DATE_NAISS>02/11/2011</DATE_NAISS>
      </ELEVE>
      <ELEVE ELEVE_ID="1003" ELENOET="503">
        <ID_NATIONAL>111111111EE</ID_NATIONAL>
        <NOM_DE_FAMILLE>BŒUF</NOM_DE_FAMILLE>
        <PRENOM>Léa</PRENOM>
        <DATE_NAISS>30/06/2013</DATE_NAISS>
        <DATE_SORTIE>15/01/2027</DATE_SORTIE>
      </ELEVE>
      <ELEVE ELEVE_ID="1004" ELENOET="504">
        <ID_NATIONAL>222222222FF</ID_NATIONAL>
        <NOM>DURAND</NOM>
        <PRENOM>Hugo</PRENOM>
        <DATE_NAISS>01/09/2012</DATE_NAISS>
      </ELEVE>
    </ELEVES>
    <OPTIONS>
      <OPTION ELEVE_ID="1001"><OPTIONS_ELEVE><NUM_OPTION>1</NUM_OPTION><CODE_MATIERE>030201</CODE_MATIERE></OPTIONS_ELEVE></OPTION>
    </OPTIONS>
    <STRUCTURES>
      <STRUCTURES_ELEVE ELEVE_ID="1001" ELENOET="501">
        <STRUCTURE><CODE_STRUCTURE>3LAT</CODE_STRUCTURE><TYPE_STRUCTURE>G</TYPE_STRUCTURE></STRUCTURE>
        <STRUCTURE><CODE_STRUCTURE>3A</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>
      </STRUCTURES_ELEVE>
      <STRUCTURES_ELEVE ELEVE_ID="1002" ELENOET="502">
        <STRUCTURE><CODE_STRUCTURE>3B</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>
      </STRUCTURES_ELEVE>
      <STRUCTURES_ELEVE ELEVE_ID="1004" ELENOET="504">
        <STRUCTURE><CODE_STRUCTURE>4C</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>
      </STRUCTURES_ELEVE>
    </STRUCTURES>
  </DONNEES>
</BEE_ELEVES>
)"_s);
}

QByteArray responsablesXml() {
    return latin9(
        uR"(<?xml version="1.0" encoding="ISO-8859-15"?>
<BEE_RESPONSABLES VERSION="3.4">
  <PARAMETRES>
    <UAJ>0941234A</UAJ>
    <ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE>
  </PARAMETRES>
  <DONNEES>
    <PERSONNES>
      <PERSONNE PERSONNE_ID="7001">
        <LC_CIVILITE>MME</LC_CIVILITE>
        <NOM_DE_FAMILLE>LEFÈVRE-D'ŒUVRE</NOM_DE_FAMILLE>
        <PRENOM>Hélène</PRENOM>
        <TEL_PERSONNEL>0145000000</TEL_PERSONNEL>
        <TEL_PORTABLE>0611223344</TEL_PORTABLE>
        <MEL>helene.lefevre@example.fr</MEL>
        <ADRESSE_ID>8001</ADRESSE_ID>
      </PERSONNE>
      <PERSONNE PERSONNE_ID="7002">
        <LC_CIVILITE>M.</LC_CIVILITE>
        <NOM_DE_FAMILLE>N'DIAYE</NOM_DE_FAMILLE>
        <PRENOM>Moussa</PRENOM>
        <TEL_PERSONNEL>0148000000</TEL_PERSONNEL>
        <ADRESSE_ID>8002</ADRESSE_ID>
      </PERSONNE>
      <PERSONNE PERSONNE_ID="7003">
        <LC_CIVILITE>MME</LC_CIVILITE>
        <NOM_DE_FAMILLE>LEFÈVRE</NOM_DE_FAMILLE>
        <PRENOM>Odette</PRENOM>
      </PERSONNE>
      <PERSONNE PERSONNE_ID="7004">
        <LC_CIVILITE>M.</LC_CIVILITE>
        <NOM_DE_FAMILLE>INCONNU</NOM_DE_FAMILLE>
        <PRENOM>Paul</PRENOM>
      </PERSONNE>
    </PERSONNES>
    <RESPONSABLES>
      <RESPONSABLE_ELEVE>
        <ELEVE_ID>1001</ELEVE_ID>
        <PERSONNE_ID>7001</PERSONNE_ID>
        <RESP_FINANCIER>1</RESP_FINANCIER>
        <CODE_PARENTE>10</CODE_PARENTE>
        <NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>
      </RESPONSABLE_ELEVE>
      <RESPONSABLE_ELEVE>
        <ELEVE_ID>1001</ELEVE_ID>
        <PERSONNE_ID>7003</PERSONNE_ID>
        <CODE_PARENTE>38</CODE_PARENTE>
        <NIVEAU_RESPONSABILITE>3</NIVEAU_RESPONSABILITE>
      </RESPONSABLE_ELEVE>
      <RESPONSABLE_ELEVE>
        <ELEVE_ID>1002</ELEVE_ID>
        <PERSONNE_ID>7002</PERSONNE_ID>
        <CODE_PARENTE>20</CODE_PARENTE>
        <NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>
      </RESPONSABLE_ELEVE>
      <RESPONSABLE_ELEVE>
        <ELEVE_ID>9999</ELEVE_ID>
        <PERSONNE_ID>7004</PERSONNE_ID>
        <CODE_PARENTE>50</CODE_PARENTE>
        <NIVEAU_RESPONSABILITE>1</NIVEAU_RESPONSABILITE>
      </RESPONSABLE_ELEVE>
    </RESPONSABLES>
    <ADRESSES>
      <ADRESSE ADRESSE_ID="8001">
        <LIGNE1_ADRESSE>12 RUE DE L'ÉGLISE</LIGNE1_ADRESSE>
        <LIGNE2_ADRESSE>BÂTIMENT B</LIGNE2_ADRESSE>
        <LIGNE3_ADRESSE></LIGNE3_ADRESSE>
        <CODE_POSTAL>94600</CODE_POSTAL>
        <LIBELLE_POSTAL>CHOISY-LE-ROI</LIBELLE_POSTAL>
        <LL_PAYS>FRANCE</LL_PAYS>
      </ADRESSE>
      <ADRESSE ADRESSE_ID="8002">
        <LIGNE1_ADRESSE>3 AVENUE ANATOLE FRANCE</LIGNE1_ADRESSE>
        <CODE_POSTAL>94400</CODE_POSTAL>
        <COMMUNE_RATTACHEMENT>VITRY-SUR-SEINE</COMMUNE_RATTACHEMENT>
      </ADRESSE>
    </ADRESSES>
  </DONNEES>
</BEE_RESPONSABLES>
)"_s);
}

QByteArray zipOf(const QString& entryName, const QByteArray& content) {
    QTemporaryDir folder;
    const QString path = folder.filePath(u"archive.zip"_s);
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return {};
    zip_source_t* source = zip_source_buffer(archive, content.constData(), zip_uint64_t(content.size()), 0);
    if (!source || zip_file_add(archive, entryName.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
        zip_source_free(source);
        zip_discard(archive);
        return {};
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace passerelle::test
