#include "demo/demovocabulary.h"

namespace demo {

namespace {
QStringList words(const char *spaceSeparated, char separator = ',')
{
    QStringList list;
    for (const QString &w : QString::fromUtf8(spaceSeparated).split(QLatin1Char(separator), Qt::SkipEmptyParts))
        list << w.trimmed();
    return list;
}
} // namespace

const QStringList &DemoVocabulary::femaleNames()
{
    static const QStringList list = words(
        "Maria,Ana,Francisca,Antônia,Adriana,Juliana,Márcia,Fernanda,Patrícia,Aline,Sandra,Camila,Amanda,"
        "Bruna,Jéssica,Letícia,Júlia,Luciana,Vanessa,Mariana,Gabriela,Vera,Vitória,Larissa,Cláudia,Beatriz,"
        "Luana,Rita,Sônia,Renata,Eliane,Josefa,Simone,Natália,Cristiane,Carla,Débora,Rosângela,Jaqueline,"
        "Rosa,Daniela,Aparecida,Marlene,Terezinha,Raimunda,Andréia,Fabiana,Lúcia,Raquel,Ângela,Rafaela,"
        "Joana,Luzia,Elaine,Daniele,Regina,Daiane,Sueli,Alessandra,Isabela,Sophia,Alice,Helena,Valentina,"
        "Laura,Manuela,Lívia,Giovanna,Heloísa,Lorena,Yasmin,Cecília,Clara,Eduarda,Carolina,Priscila,Tatiane");
    return list;
}

const QStringList &DemoVocabulary::maleNames()
{
    static const QStringList list = words(
        "José,João,Antônio,Francisco,Carlos,Paulo,Pedro,Lucas,Luiz,Marcos,Luís,Gabriel,Rafael,Daniel,"
        "Marcelo,Bruno,Eduardo,Felipe,Raimundo,Rodrigo,Manoel,Mateus,André,Fernando,Fábio,Leonardo,"
        "Gustavo,Guilherme,Leandro,Tiago,Anderson,Ricardo,Márcio,Jorge,Sebastião,Alexandre,Roberto,Edson,"
        "Diego,Vitor,Sérgio,Cláudio,Matheus,Thiago,Geraldo,Adriano,Luciano,Júlio,Renato,Alex,Vinícius,"
        "Rogério,Samuel,Ronaldo,Mário,Flávio,Douglas,Igor,Davi,Arthur,Heitor,Bernardo,Théo,Miguel,Enzo,"
        "Murilo,Henrique,Caio,Otávio,Nicolas,Benício,Joaquim,Emanuel,Wellington,Reginaldo,Cícero");
    return list;
}

const QStringList &DemoVocabulary::surnames()
{
    static const QStringList list = words(
        "Silva,Santos,Oliveira,Souza,Rodrigues,Ferreira,Alves,Pereira,Lima,Gomes,Costa,Ribeiro,Martins,"
        "Carvalho,Almeida,Lopes,Soares,Fernandes,Vieira,Barbosa,Rocha,Dias,Nascimento,Andrade,Moreira,"
        "Nunes,Marques,Machado,Mendes,Freitas,Cardoso,Ramos,Gonçalves,Santana,Teixeira,Araújo,Cavalcanti,"
        "Monteiro,Moura,Correia,Pinto,Batista,Campos,Melo,Azevedo,Cunha,Barros,Reis,Castro,Farias,Miranda,"
        "Bezerra,Macedo,Pires,Sales,Borges,Medeiros,Guimarães,Siqueira,Fonseca,Brito,Tavares,Queiroz,"
        "Moraes,Peixoto,Xavier,Dantas,Aguiar,Coelho,Rezende,Pacheco,Vasconcelos,Bastos,Prado,Sampaio");
    return list;
}

const QStringList &DemoVocabulary::streetTypes()
{
    static const QStringList list = words("Rua,Rua,Rua,Rua,Avenida,Avenida,Travessa,Alameda,Praça,Estrada");
    return list;
}

const QStringList &DemoVocabulary::streetNames()
{
    static const QStringList list = words(
        "das Flores,Sete de Setembro,XV de Novembro,Tiradentes,Dom Pedro II,Santos Dumont,Getúlio Vargas,"
        "Rui Barbosa,Duque de Caxias,Marechal Deodoro,Floriano Peixoto,Barão do Rio Branco,José Bonifácio,"
        "Castro Alves,Machado de Assis,Princesa Isabel,Bahia,Paraná,Amazonas,Goiás,Brasil,Independência,"
        "São João,Santa Catarina,das Palmeiras,dos Andradas,Presidente Vargas,Visconde de Mauá,Treze de Maio,"
        "Primeiro de Maio,Quintino Bocaiúva,Benjamin Constant,Bento Gonçalves,Osvaldo Cruz,Carlos Gomes,"
        "Anita Garibaldi,Monteiro Lobato,Cecília Meireles,Vinícius de Moraes,Paulista,Atlântica,Afonso Pena,"
        "Ipiranga,dos Bandeirantes,do Comércio,da Paz,da Liberdade,das Acácias,dos Ipês,Coronel Fabriciano");
    return list;
}

const QStringList &DemoVocabulary::districts()
{
    // Names found in many Brazilian cities, so that none looks out of place anywhere.
    static const QStringList list = words(
        "Centro,Centro,Jardim América,Vila Nova,Boa Vista,Santa Cruz,São José,Jardim Europa,Bela Vista,"
        "Santo Antônio,Cidade Nova,Jardim Paulista,Vila Operária,Parque das Nações,Industrial,Planalto,"
        "Nova Esperança,Jardim das Oliveiras,São Francisco,Santa Mônica,Jardim Primavera,Vila Rica,"
        "Cidade Jardim,Jardim Botânico,Vila Maria,Alto da Glória,São Cristóvão,Santa Terezinha");
    return list;
}

const QList<City> &DemoVocabulary::cities()
{
    static const QList<City> list = {
        {QStringLiteral("São Paulo"), QStringLiteral("SP"), 1000, 5999, 11, 120},
        {QStringLiteral("Guarulhos"), QStringLiteral("SP"), 7000, 7399, 11, 12},
        {QStringLiteral("Campinas"), QStringLiteral("SP"), 13000, 13139, 19, 14},
        {QStringLiteral("Santos"), QStringLiteral("SP"), 11000, 11099, 13, 7},
        {QStringLiteral("Ribeirão Preto"), QStringLiteral("SP"), 14000, 14114, 16, 7},
        {QStringLiteral("Sorocaba"), QStringLiteral("SP"), 18000, 18109, 15, 6},
        {QStringLiteral("São José dos Campos"), QStringLiteral("SP"), 12200, 12248, 12, 7},
        {QStringLiteral("Rio de Janeiro"), QStringLiteral("RJ"), 20000, 23799, 21, 60},
        {QStringLiteral("Niterói"), QStringLiteral("RJ"), 24000, 24399, 21, 8},
        {QStringLiteral("Belo Horizonte"), QStringLiteral("MG"), 30000, 31999, 31, 30},
        {QStringLiteral("Uberlândia"), QStringLiteral("MG"), 38400, 38415, 34, 6},
        {QStringLiteral("Juiz de Fora"), QStringLiteral("MG"), 36000, 36099, 32, 5},
        {QStringLiteral("Vitória"), QStringLiteral("ES"), 29000, 29099, 27, 6},
        {QStringLiteral("Curitiba"), QStringLiteral("PR"), 80000, 82999, 41, 22},
        {QStringLiteral("Londrina"), QStringLiteral("PR"), 86000, 86099, 43, 6},
        {QStringLiteral("Florianópolis"), QStringLiteral("SC"), 88000, 88099, 48, 8},
        {QStringLiteral("Joinville"), QStringLiteral("SC"), 89200, 89239, 47, 7},
        {QStringLiteral("Porto Alegre"), QStringLiteral("RS"), 90000, 91999, 51, 20},
        {QStringLiteral("Caxias do Sul"), QStringLiteral("RS"), 95000, 95124, 54, 5},
        {QStringLiteral("Brasília"), QStringLiteral("DF"), 70000, 72799, 61, 22},
        {QStringLiteral("Goiânia"), QStringLiteral("GO"), 74000, 74894, 62, 12},
        {QStringLiteral("Campo Grande"), QStringLiteral("MS"), 79000, 79124, 67, 6},
        {QStringLiteral("Cuiabá"), QStringLiteral("MT"), 78000, 78109, 65, 6},
        {QStringLiteral("Salvador"), QStringLiteral("BA"), 40000, 42499, 71, 18},
        {QStringLiteral("Recife"), QStringLiteral("PE"), 50000, 52999, 81, 15},
        {QStringLiteral("Fortaleza"), QStringLiteral("CE"), 60000, 61599, 85, 15},
        {QStringLiteral("Natal"), QStringLiteral("RN"), 59000, 59161, 84, 6},
        {QStringLiteral("João Pessoa"), QStringLiteral("PB"), 58000, 58099, 83, 6},
        {QStringLiteral("Maceió"), QStringLiteral("AL"), 57000, 57099, 82, 5},
        {QStringLiteral("Aracaju"), QStringLiteral("SE"), 49000, 49098, 79, 4},
        {QStringLiteral("Teresina"), QStringLiteral("PI"), 64000, 64099, 86, 4},
        {QStringLiteral("São Luís"), QStringLiteral("MA"), 65000, 65109, 98, 5},
        {QStringLiteral("Belém"), QStringLiteral("PA"), 66000, 66999, 91, 8},
        {QStringLiteral("Manaus"), QStringLiteral("AM"), 69000, 69099, 92, 9},
        {QStringLiteral("Porto Velho"), QStringLiteral("RO"), 76800, 76834, 69, 3},
        {QStringLiteral("Palmas"), QStringLiteral("TO"), 77000, 77270, 63, 3},
        {QStringLiteral("Macapá"), QStringLiteral("AP"), 68900, 68911, 96, 2},
        {QStringLiteral("Boa Vista"), QStringLiteral("RR"), 69300, 69339, 95, 2},
        {QStringLiteral("Rio Branco"), QStringLiteral("AC"), 69900, 69923, 68, 2},
    };
    return list;
}

const QStringList &DemoVocabulary::emailDomains()
{
    static const QStringList list = words(
        "gmail.com,gmail.com,gmail.com,gmail.com,hotmail.com,hotmail.com,outlook.com,yahoo.com.br,"
        "uol.com.br,bol.com.br,terra.com.br,icloud.com");
    return list;
}

const QStringList &DemoVocabulary::companyActivities()
{
    static const QStringList list = words(
        "Comércio de Cosméticos,Farmácia,Drogaria,Salão de Beleza,Academia,Mercearia,Distribuidora,"
        "Papelaria,Clínica Odontológica,Clínica Veterinária,Restaurante,Padaria,Hotel,Pousada,Escola,"
        "Consultório,Materiais de Construção,Informática,Moda Fitness,Estética");
    return list;
}

const QList<ProductFamily> &DemoVocabulary::productFamilies()
{
    static const QList<ProductFamily> list = {
        {QStringLiteral("Cabelos"), words("Shampoo Hidratante,Condicionador Reparador,Máscara Capilar,Óleo Capilar,Leave-in Cachos,Shampoo Anticaspa"),
         words("250 ml,300 ml,400 ml,500 ml,1 L"), words("Aurora,Natívia,Cachos & Cia,Lumière,Bella Terra"), 1290, 8990, 280, 1100, true},
        {QStringLiteral("Pele"), words("Protetor Solar FPS 50,Hidratante Facial,Sabonete Líquido Facial,Sérum Vitamina C,Creme Antissinais,Água Micelar"),
         words("30 ml,50 ml,60 g,100 ml,200 ml"), words("Dermavita,Solaris,Pura Pele,Lumière,Bella Terra"), 1990, 18990, 60, 260, true},
        {QStringLiteral("Suplementos"), words("Whey Protein Concentrado,Creatina Monohidratada,Colágeno Hidrolisado,Multivitamínico,Ômega 3,Vitamina D3"),
         words("60 cápsulas,120 cápsulas,300 g,450 g,900 g,1 kg"), words("Vitta Nutri,ForçaMax,NutriBrasil,Equilíbrio"), 2990, 24990, 120, 1200, true},
        {QStringLiteral("Perfumaria"), words("Perfume Floral,Colônia Cítrica,Desodorante Roll-on,Body Splash,Perfume Amadeirado"),
         words("50 ml,75 ml,100 ml,200 ml"), words("Essenza,Aurora,Brisa do Mar,Lumière"), 2490, 39990, 120, 600, true},
        {QStringLiteral("Maquiagem"), words("Base Líquida,Batom Matte,Máscara de Cílios,Pó Compacto,Paleta de Sombras,Corretivo"),
         words("Tom 01,Tom 02,Tom 03,Nude,Vermelho,Rosa"), words("Cor & Arte,Lumière,Glam,Natívia"), 1490, 12990, 20, 150, true},
        {QStringLiteral("Casa"), words("Jogo de Lençol Casal,Toalha de Banho,Edredom Queen,Travesseiro Antialérgico,Jogo de Panelas,Garrafa Térmica"),
         words("Branco,Cinza,Azul,Bege,Grafite"), words("Casa Boa,Lar Doce Lar,Conforto,Tramontina Sul"), 3990, 49990, 400, 4500, false},
        {QStringLiteral("Eletrônicos"), words("Fone de Ouvido Bluetooth,Carregador Turbo USB-C,Cabo USB-C 2 m,Caixa de Som Portátil,Power Bank 10000 mAh,Smartwatch Fitness"),
         words("Preto,Branco,Azul,Rosa"), words("Voltz,Sonora,Conecta,TecBrasil"), 2990, 59990, 50, 800, false},
        {QStringLiteral("Moda Fitness"), words("Legging Suplex,Top Esportivo,Camiseta Dry Fit,Short de Corrida,Meia Esportiva"),
         words("P,M,G,GG"), words("Ativa,Move,Corpo em Forma"), 2490, 15990, 80, 350, false},
    };
    return list;
}

} // namespace demo
