<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BillingModule</name>
    <message>
        <source>Billing</source>
        <translation>Cobrança</translation>
    </message>
</context>
<context>
    <name>BillingUi</name>
    <message>
        <source>Boletos awaiting payment</source>
        <translation>Boletos aguardando pagamento</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db precisa do caminho de um arquivo.</translation>
    </message>
    <message>
        <source>Unknown option %1. See retaguarda-cli --help.</source>
        <translation>Opção desconhecida: %1. Consulte retaguarda-cli --help.</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli [--db PATH] [--json] COMMAND [OPTIONS]</source>
        <translation>Uso: retaguarda-cli [--db PATH] [--json] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Retaguarda&apos;s modules without windows, for automation and scripts.</source>
        <translation>Os módulos do Retaguarda sem janelas, para automação e scripts.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opções globais:</translation>
    </message>
    <message>
        <source>SQLite database file (default: the one the app uses)</source>
        <translation>arquivo do banco de dados SQLite (padrão: o mesmo que o aplicativo usa)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>saída em formato legível por programas</translation>
    </message>
    <message>
        <source>this help; COMMAND --help for a command&apos;s options</source>
        <translation>esta ajuda; COMMAND --help mostra as opções de um comando</translation>
    </message>
    <message>
        <source>program version</source>
        <translation>versão do programa</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (message on stderr), 2 wrong usage.</source>
        <translation>Código de saída: 0 sucesso, 1 falha (mensagem em stderr), 2 uso incorreto.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See retaguarda-cli --help.</source>
        <translation>Comando desconhecido: &quot;%1&quot;. Consulte retaguarda-cli --help.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Type the legal name (razão social).</source>
        <translation>Informe a razão social.</translation>
    </message>
    <message>
        <source>%1 is not a Brazilian state (UF).</source>
        <translation>%1 não é uma UF do Brasil.</translation>
    </message>
    <message>
        <source>The CEP %1 belongs to %2, not %3.</source>
        <translation>O CEP %1 pertence a %2, não a %3.</translation>
    </message>
    <message>
        <source>Someone else changed the company data meanwhile. Reopen the settings and try again.</source>
        <translation>Outra pessoa alterou os dados da empresa enquanto isso. Reabra as configurações e tente novamente.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>O driver SQLite do Qt não está instalado (pacote libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Não foi possível criar a pasta %1 para o banco de dados.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Não foi possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql).</source>
        <translation>O driver PostgreSQL do Qt não está instalado (pacote libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the central database %1: %2</source>
        <translation>Não foi possível conectar ao banco de dados central %1: %2</translation>
    </message>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>O banco de dados recusou a operação: %1</translation>
    </message>
    <message>
        <source>Migration file name %1 does not follow NNNN_name.sql.</source>
        <translation>O nome do arquivo de migração %1 não segue o padrão NNNN_nome.sql.</translation>
    </message>
    <message>
        <source>Migrations %1 and %2 share the number %3.</source>
        <translation>As migrações %1 e %2 têm o mesmo número: %3.</translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation>Não foi possível ler a migração %1.</translation>
    </message>
    <message>
        <source>This database was last opened by a newer Retaguarda (schema version %1; this program knows up to %2). Install the newer version; the database was not changed.</source>
        <translation>Este banco de dados foi aberto por último por uma versão mais nova do Retaguarda (versão do esquema %1; este programa conhece até a %2). Instale a versão mais nova; o banco de dados não foi alterado.</translation>
    </message>
    <message>
        <source>Migration %1 differs from the one applied to this database. The database was not changed; restore the original migration file or a backup.</source>
        <translation>A migração %1 é diferente da que foi aplicada a este banco de dados. O banco de dados não foi alterado; restaure o arquivo de migração original ou um backup.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, linha %2</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Não foi possível iniciar a biblioteca de criptografia.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password. Close other programs and try again.</source>
        <translation>Memória insuficiente para proteger a senha. Feche outros programas e tente novamente.</translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>Não há credencial armazenada para %1.</translation>
    </message>
    <message>
        <source>The keychain refused access to %1. Unlock the keychain and try again.</source>
        <translation>O chaveiro recusou o acesso a %1. Desbloqueie o chaveiro e tente novamente.</translation>
    </message>
    <message>
        <source>No keychain is available to keep passwords safe, so nothing was stored. On Linux, install and unlock GNOME Keyring or KWallet (a Secret Service provider); on Windows the Credential Manager is used.</source>
        <translation>Não há um chaveiro disponível para guardar senhas com segurança; por isso, nada foi armazenado. No Linux, instale e desbloqueie o GNOME Keyring ou o KWallet (um provedor do Secret Service); no Windows, é usado o Gerenciador de Credenciais.</translation>
    </message>
    <message>
        <source>A comment is not closed.</source>
        <translation>Um comentário não foi fechado.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>A quoted text is not closed.</source>
        <translation>Um texto entre aspas não foi fechado.</translation>
    </message>
    <message>
        <source>A dollar-quoted body is not closed.</source>
        <translation>Um bloco entre cifrões ($$) não foi fechado.</translation>
    </message>
    <message>
        <source>The login must have 3 to 32 characters: lowercase letters, digits, dot, dash or underscore.</source>
        <translation>O login deve ter de 3 a 32 caracteres: letras minúsculas, dígitos, ponto, hífen ou sublinhado.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Informe o nome da pessoa.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>A senha deve ter pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation>A senha não pode ter apenas espaços.</translation>
    </message>
    <message>
        <source>An administrator already exists. Log in, or ask an administrator to create your user.</source>
        <translation>Já existe um administrador. Entre com seu login ou peça a um administrador que crie o seu usuário.</translation>
    </message>
    <message>
        <source>Login or password is incorrect.</source>
        <translation>Login ou senha incorretos.</translation>
    </message>
    <message>
        <source>The user %1 is deactivated. Ask an administrator to reactivate it.</source>
        <translation>O usuário %1 está desativado. Peça a um administrador que o reative.</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>O login %1 já está em uso.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or remove your own administrator role.</source>
        <translation>Você não pode desativar o seu próprio usuário nem remover o seu perfil de administrador.</translation>
    </message>
    <message>
        <source>Someone else changed this user meanwhile. Reopen the list and try again.</source>
        <translation>Outra pessoa alterou este usuário enquanto isso. Reabra a lista e tente novamente.</translation>
    </message>
    <message>
        <source>The current password is incorrect.</source>
        <translation>A senha atual está incorreta.</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Confraternização Universal</translation>
    </message>
    <message>
        <source>Carnival Monday</source>
        <translation>Carnaval (segunda-feira)</translation>
    </message>
    <message>
        <source>Carnival Tuesday</source>
        <translation>Carnaval (terça-feira)</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Sexta-feira Santa</translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <translation>Corpus Christi</translation>
    </message>
    <message>
        <source>Tiradentes</source>
        <translation>Tiradentes</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Dia do Trabalho</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Independência do Brasil</translation>
    </message>
    <message>
        <source>Our Lady of Aparecida</source>
        <translation>Nossa Senhora Aparecida</translation>
    </message>
    <message>
        <source>All Souls&apos; Day</source>
        <translation>Finados</translation>
    </message>
    <message>
        <source>Proclamation of the Republic</source>
        <translation>Proclamação da República</translation>
    </message>
    <message>
        <source>Zumbi and Black Consciousness Day</source>
        <translation>Dia Nacional de Zumbi e da Consciência Negra</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Natal</translation>
    </message>
    <message>
        <source>A CEP may contain only digits, found &apos;%1&apos;.</source>
        <translation>O CEP só pode conter dígitos; foi encontrado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>posição %1</translation>
    </message>
    <message>
        <source>A CEP has 8 digits; this one has %1.</source>
        <translation>O CEP tem 8 dígitos; este tem %1.</translation>
    </message>
    <message>
        <source>00000-000 is not a valid CEP.</source>
        <translation>00000-000 não é um CEP válido.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <source>The last two characters of a CNPJ are check digits and must be digits, found &apos;%1&apos;.</source>
        <translation>Os dois últimos caracteres do CNPJ são dígitos verificadores e devem ser números; foi encontrado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A CNPJ may contain only digits and letters A-Z, found &apos;%1&apos;.</source>
        <translation>O CNPJ só pode conter dígitos e letras de A a Z; foi encontrado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A CNPJ has 14 characters; this one has %1.</source>
        <translation>O CNPJ tem 14 caracteres; este tem %1.</translation>
    </message>
    <message>
        <source>A CNPJ cannot have all characters equal.</source>
        <translation>O CNPJ não pode ter todos os caracteres iguais.</translation>
    </message>
    <message>
        <source>The CNPJ check digits do not match; please check for a typo.</source>
        <translation>Os dígitos verificadores do CNPJ não conferem; verifique se há erro de digitação.</translation>
    </message>
    <message>
        <source>A CPF may contain only digits, found &apos;%1&apos;.</source>
        <translation>O CPF só pode conter dígitos; foi encontrado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A CPF has 11 digits; this one has %1.</source>
        <translation>O CPF tem 11 dígitos; este tem %1.</translation>
    </message>
    <message>
        <source>A CPF cannot have all digits equal.</source>
        <translation>O CPF não pode ter todos os dígitos iguais.</translation>
    </message>
    <message>
        <source>The CPF check digits do not match; please check for a typo.</source>
        <translation>Os dígitos verificadores do CPF não conferem; verifique se há erro de digitação.</translation>
    </message>
    <message>
        <source>A GTIN may contain only digits, found &apos;%1&apos;.</source>
        <translation>O GTIN só pode conter dígitos; foi encontrado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A GTIN has 8, 12, 13 or 14 digits; this one has %1.</source>
        <translation>O GTIN tem 8, 12, 13 ou 14 dígitos; este tem %1.</translation>
    </message>
    <message>
        <source>The GTIN check digit should be %1, not %2; please check for a typo.</source>
        <translation>O dígito verificador do GTIN deveria ser %1, não %2; verifique se há erro de digitação.</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>O valor está vazio.</translation>
    </message>
    <message>
        <source>The amount has more than one minus sign.</source>
        <translation>O valor tem mais de um sinal de menos.</translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation>O valor não tem dígitos.</translation>
    </message>
    <message>
        <source>Expected a digit in the amount, found &apos;%1&apos;.</source>
        <translation>Era esperado um dígito no valor; foi encontrado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>O valor é grande demais.</translation>
    </message>
    <message>
        <source>Misplaced thousands separator &apos;.&apos;: groups after it must have exactly three digits (use &apos;,&apos; for decimals).</source>
        <translation>Separador de milhar &apos;.&apos; fora do lugar: os grupos depois dele devem ter exatamente três dígitos (use &apos;,&apos; para os decimais).</translation>
    </message>
    <message>
        <source>An amount has at most two decimal places.</source>
        <translation>O valor pode ter no máximo duas casas decimais.</translation>
    </message>
    <message>
        <source>Expected digits after the decimal comma.</source>
        <translation>Faltam dígitos depois da vírgula decimal.</translation>
    </message>
    <message>
        <source>Unexpected space in the amount.</source>
        <translation>Espaço inesperado no valor.</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; in the amount.</source>
        <translation>Caractere inesperado no valor: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>Equipe do escritório</translation>
    </message>
    <message>
        <source>Warehouse supervisor</source>
        <translation>Supervisor de depósito</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>view orders</source>
        <translation>ver pedidos</translation>
    </message>
    <message>
        <source>change orders</source>
        <translation>alterar pedidos</translation>
    </message>
    <message>
        <source>view billing</source>
        <translation>ver a cobrança</translation>
    </message>
    <message>
        <source>issue and reconcile boletos</source>
        <translation>emitir e conciliar boletos</translation>
    </message>
    <message>
        <source>view stock</source>
        <translation>ver o estoque</translation>
    </message>
    <message>
        <source>change stock</source>
        <translation>alterar o estoque</translation>
    </message>
    <message>
        <source>run picking waves</source>
        <translation>executar ondas de separação</translation>
    </message>
    <message>
        <source>print labels</source>
        <translation>imprimir etiquetas</translation>
    </message>
    <message>
        <source>view customer service tickets</source>
        <translation>ver os atendimentos do SAC</translation>
    </message>
    <message>
        <source>answer customer service tickets</source>
        <translation>responder aos atendimentos do SAC</translation>
    </message>
    <message>
        <source>view dashboards</source>
        <translation>ver os painéis</translation>
    </message>
    <message>
        <source>manage replication</source>
        <translation>gerenciar a replicação</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gerenciar usuários</translation>
    </message>
    <message>
        <source>change company data</source>
        <translation>alterar os dados da empresa</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>consultar o registro de auditoria</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Linha de comando</translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation>Faça login para %1.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3. Ask an administrator for a role that allows it.</source>
        <translation>%1 (%2) não tem permissão para %3. Peça a um administrador um perfil que permita isso.</translation>
    </message>
    <message>
        <source>The number of orders cannot be negative.</source>
        <translation>O número de pedidos não pode ser negativo.</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; nothing was written.</source>
        <translation>A geração dos dados de demonstração foi cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>This database already has orders or channels; demo data is only written into an empty database. Choose another file with --db.</source>
        <translation>Este banco de dados já tem pedidos ou canais; os dados de demonstração só são gravados em um banco de dados vazio. Escolha outro arquivo com --db.</translation>
    </message>
</context>
<context>
    <name>DashboardsModule</name>
    <message>
        <source>Number of days (default 30).</source>
        <translation>Número de dias (padrão: 30).</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli dashboards sales [--days N]</source>
        <translation>Uso: retaguarda-cli dashboards sales [--days N]</translation>
    </message>
    <message>
        <source>--days must be a number from 1 to 3660.</source>
        <translation>--days deve ser um número de 1 a 3660.</translation>
    </message>
    <message>
        <source>Last %1 days: %2 orders, revenue %3, average ticket %4</source>
        <translation>Últimos %1 dias: %2 pedidos, faturamento %3, ticket médio %4</translation>
    </message>
    <message>
        <source>Awaiting payment: %1 · to pick: %2</source>
        <translation>Aguardando pagamento: %1 · a separar: %2</translation>
    </message>
    <message>
        <source>Sales KPIs of the last days (--days N)</source>
        <translation>Indicadores de vendas dos últimos dias (--days N)</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Painéis</translation>
    </message>
</context>
<context>
    <name>DashboardsUi</name>
    <message>
        <source>Sales dashboard</source>
        <translation>Painel de vendas</translation>
    </message>
</context>
<context>
    <name>DbCommands</name>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Versão do esquema: %1 (este programa: %2)</translation>
    </message>
    <message>
        <source>The database is at schema version %1.</source>
        <translation>O banco de dados está na versão %1 do esquema.</translation>
    </message>
    <message>
        <source>How many entries, newest first (default 50).</source>
        <translation>Quantas entradas, das mais recentes para as mais antigas (padrão 50).</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli audit list [--limit N]</source>
        <translation>Uso: retaguarda-cli audit list [--limit N]</translation>
    </message>
    <message>
        <source>--limit must be a positive number, not &quot;%1&quot;.</source>
        <translation>--limit deve ser um número positivo, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Show the database file, schema version and row counts</source>
        <translation>Mostra o arquivo do banco de dados, a versão do esquema e a contagem de linhas</translation>
    </message>
    <message>
        <source>Create the database or bring it to this program&apos;s schema</source>
        <translation>Cria o banco de dados ou o atualiza para o esquema deste programa</translation>
    </message>
    <message>
        <source>Show the audit log: who did what, newest first</source>
        <translation>Mostra o registro de auditoria: quem fez o quê, do mais recente ao mais antigo</translation>
    </message>
</context>
<context>
    <name>DemoModule</name>
    <message>
        <source>How many orders to create (two years of history).</source>
        <translation>Quantos pedidos criar (dois anos de histórico).</translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same data.</source>
        <translation>Semente do gerador: a mesma semente gera os mesmos dados.</translation>
    </message>
    <message>
        <source>Last day of the history, YYYY-MM-DD (default: today).</source>
        <translation>Último dia do histórico, YYYY-MM-DD (padrão: hoje).</translation>
    </message>
    <message>
        <source>Do not print progress.</source>
        <translation>Não mostra o progresso.</translation>
    </message>
    <message>
        <source>Do nothing (and succeed) when the database already has data.</source>
        <translation>Não faz nada (e termina com sucesso) se o banco de dados já tiver dados.</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli demo seed --orders N [--seed S] [--until YYYY-MM-DD] [--if-empty]</source>
        <translation>Uso: retaguarda-cli demo seed --orders N [--seed S] [--until YYYY-MM-DD] [--if-empty]</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--orders must be a whole number from 0 to 50000000, not &quot;%1&quot;.</source>
        <translation>--orders deve ser um número inteiro de 0 a 50000000, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation>--seed deve ser um número inteiro, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--until must be a date like 2026-11-23, not &quot;%1&quot;.</source>
        <translation>--until deve ser uma data como 2026-11-23, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Creating demo data… %1%</source>
        <translation>Criando dados de demonstração… %1%</translation>
    </message>
    <message>
        <source>The database already has data; no demo data was added.</source>
        <translation>O banco de dados já tem dados; nenhum dado de demonstração foi adicionado.</translation>
    </message>
    <message>
        <source>Created %1 orders (%2 items, %3 events), %4 customers and %5 products in %6 s.</source>
        <translation>Criados %1 pedidos (%2 itens, %3 eventos), %4 clientes e %5 produtos em %6 s.</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic demo data (--orders N --seed S)</source>
        <translation>Preenche um banco de dados vazio com dados de demonstração realistas (--orders N --seed S)</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dados de demonstração</translation>
    </message>
</context>
<context>
    <name>LabelsModule</name>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>LabelsUi</name>
    <message>
        <source>Ready to ship</source>
        <translation>Pronto para envio</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Aguardando pagamento</translation>
    </message>
    <message>
        <source>Under risk review</source>
        <translation>Em análise de risco</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>Em separação</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Separado</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Embalado</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Faturado</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devolvido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Estornado</translation>
    </message>
    <message>
        <source>Boleto</source>
        <translation>Boleto</translation>
    </message>
    <message>
        <source>PIX</source>
        <translation>PIX</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Cartão de crédito</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>Cartão de débito</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <source>Own storefront</source>
        <translation>Loja virtual própria</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Physical store</source>
        <translation>Loja física</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>Representante comercial</translation>
    </message>
    <message>
        <source>Franchise</source>
        <translation>Franquia</translation>
    </message>
    <message>
        <source>Telesales</source>
        <translation>Televendas</translation>
    </message>
</context>
<context>
    <name>OrdersModule</name>
    <message>
        <source>Order number</source>
        <translation>Número do pedido</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli orders show NUMBER</source>
        <translation>Uso: retaguarda-cli orders show NUMBER</translation>
    </message>
    <message>
        <source>There is no order number %1.</source>
        <translation>Não existe pedido com o número %1.</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>Pedido %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>Cliente: %1 (%2)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Show one order with its items (orders show NUMBER)</source>
        <translation>Mostra um pedido com seus itens (orders show NUMBER)</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
</context>
<context>
    <name>OrdersUi</name>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
</context>
<context>
    <name>PickingModule</name>
    <message>
        <source>Picking</source>
        <translation>Separação</translation>
    </message>
</context>
<context>
    <name>PickingUi</name>
    <message>
        <source>To pick</source>
        <translation>A separar</translation>
    </message>
</context>
<context>
    <name>SacModule</name>
    <message>
        <source>Customer service</source>
        <translation>SAC</translation>
    </message>
</context>
<context>
    <name>SacUi</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Retaguarda</source>
        <translation>Retaguarda</translation>
    </message>
</context>
<context>
    <name>StockModule</name>
    <message>
        <source>SKU %1 · EAN %2 · %3</source>
        <translation>SKU %1 · EAN %2 · %3</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Estoque</translation>
    </message>
</context>
<context>
    <name>StockUi</name>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>Sync: local only (%n change(s) waiting)</source>
        <translation>
            <numerusform>Sincronização: somente local (%n alteração aguardando)</numerusform>
            <numerusform>Sincronização: somente local (%n alterações aguardando)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 (%n change(s) waiting)</source>
        <translation>
            <numerusform>Sincronização: %1 (%n alteração aguardando)</numerusform>
            <numerusform>Sincronização: %1 (%n alterações aguardando)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncModule</name>
    <message>
        <source>Show the replication state and the changes waiting to be sent</source>
        <translation>Mostra o estado da replicação e as alterações aguardando envio</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Sincronização</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Synchronization</source>
        <translation>Sincronização</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Login (lowercase letters, digits, . _ -).</source>
        <translation>Login (letras minúsculas, dígitos, . _ -).</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Nome completo.</translation>
    </message>
    <message>
        <source>administrator, office, warehouse or manager.</source>
        <translation>administrator, office, warehouse ou manager.</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli users add --login LOGIN --name NAME [--role ROLE] &lt; password</source>
        <translation>Uso: retaguarda-cli users add --login LOGIN --name NAME [--role ROLE] &lt; senha</translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>Administrador %1 criado.</translation>
    </message>
    <message>
        <source>User %1 created (%2).</source>
        <translation>Usuário %1 criado (%2).</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inativo)</translation>
    </message>
    <message>
        <source>Create a user; the password is read from stdin</source>
        <translation>Cria um usuário; a senha é lida da entrada padrão (stdin)</translation>
    </message>
    <message>
        <source>List users and roles</source>
        <translation>Lista os usuários e seus perfis</translation>
    </message>
</context>
<context>
    <name>app::CommandPalette</name>
    <message>
        <source>Find</source>
        <translation>Localizar</translation>
    </message>
    <message>
        <source>Order number, customer name or CPF/CNPJ, SKU or EAN, or an action…</source>
        <translation>Número do pedido, nome ou CPF/CNPJ do cliente, SKU ou EAN, ou uma ação…</translation>
    </message>
    <message>
        <source>Customer: </source>
        <translation>Cliente: </translation>
    </message>
    <message>
        <source>Product: </source>
        <translation>Produto: </translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Ação: %1</translation>
    </message>
</context>
<context>
    <name>app::FirstAdminDialog</name>
    <message>
        <source>Retaguarda — Create the administrator</source>
        <translation>Retaguarda — Criar o administrador</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Retaguarda&lt;/h2&gt;&lt;p&gt;This database has no users yet. Create the administrator: this person will create the other users and give them roles.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Boas-vindas ao Retaguarda&lt;/h2&gt;&lt;p&gt;Este banco de dados ainda não tem usuários. Crie o administrador: essa pessoa vai cadastrar os demais usuários e atribuir um perfil a cada um.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. maria.silva</source>
        <translation>ex.: maria.silva</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>no mínimo 8 caracteres</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nome completo:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmar senha:</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Criar administrador</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas não coincidem.</translation>
    </message>
</context>
<context>
    <name>app::LoginDialog</name>
    <message>
        <source>Retaguarda — Log in</source>
        <translation>Retaguarda — Entrar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Retaguarda&lt;/h2&gt;Log in to continue.</source>
        <translation>&lt;h2&gt;Retaguarda&lt;/h2&gt;Entre para continuar.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuários…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Alterar minha &amp;senha…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restaurar layout</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Find order, customer, product or action…</source>
        <translation>Localizar pedido, cliente, produto ou ação…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Retaguarda</source>
        <translation>&amp;Sobre o Retaguarda</translation>
    </message>
    <message>
        <source>Retaguarda</source>
        <translation>Retaguarda</translation>
    </message>
    <message>
        <source>Retaguarda — %1</source>
        <translation>Retaguarda — %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Your role has no window that shows orders.</source>
        <translation>O seu perfil não tem nenhuma janela que mostre pedidos.</translation>
    </message>
    <message>
        <source>Your role has no window that shows customers.</source>
        <translation>O seu perfil não tem nenhuma janela que mostre clientes.</translation>
    </message>
    <message>
        <source>Your role has no window that shows products.</source>
        <translation>O seu perfil não tem nenhuma janela que mostre produtos.</translation>
    </message>
    <message>
        <source>Your role has no window that shows this item.</source>
        <translation>O seu perfil não tem nenhuma janela que mostre este item.</translation>
    </message>
    <message>
        <source>About Retaguarda</source>
        <translation>Sobre o Retaguarda</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Retaguarda %1&lt;/h3&gt;&lt;p&gt;Back office for Brazilian e-commerce: orders, boletos and CNAB, stock, picking, labels, customer service and dashboards.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Retaguarda %1&lt;/h3&gt;&lt;p&gt;Sistema de retaguarda para e-commerce brasileiro: pedidos, boletos e CNAB, estoque, separação, etiquetas, SAC e painéis.&lt;/p&gt;&lt;p&gt;Banco de dados: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>app::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Alterar minha senha</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Senha &amp;atual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova senha:</translation>
    </message>
    <message>
        <source>C&amp;onfirm new password:</source>
        <translation>&amp;Confirmar nova senha:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>As duas novas senhas não coincidem.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Sua senha foi alterada.</translation>
    </message>
</context>
<context>
    <name>app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>A new database file is used from the next start. It is created, with the administrator asked for, when it does not exist.</source>
        <translation>Um novo arquivo de banco de dados passa a ser usado na próxima vez que o programa for aberto. Se o arquivo não existir, ele será criado e será pedido o cadastro do administrador.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Arquivo do &amp;banco de dados:</translation>
    </message>
    <message>
        <source>Legal name (razão social):</source>
        <translation>Razão social:</translation>
    </message>
    <message>
        <source>Trade name:</source>
        <translation>Nome fantasia:</translation>
    </message>
    <message>
        <source>CNPJ:</source>
        <translation>CNPJ:</translation>
    </message>
    <message>
        <source>State registration (IE):</source>
        <translation>Inscrição estadual (IE):</translation>
    </message>
    <message>
        <source>CEP:</source>
        <translation>CEP:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Logradouro:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Complement:</source>
        <translation>Complemento:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>Bairro:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Cidade:</translation>
    </message>
    <message>
        <source>State (UF):</source>
        <translation>UF:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Only an administrator may change the company data.</source>
        <translation>Somente um administrador pode alterar os dados da empresa.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Arquivo do banco de dados</translation>
    </message>
    <message>
        <source>Retaguarda database (*.sqlite)</source>
        <translation>Banco de dados do Retaguarda (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>app::UserFormDialog</name>
    <message>
        <source>Active (may log in)</source>
        <translation>Ativo (pode entrar)</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Editar usuário %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Novo usuário</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nome completo:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmar senha:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas não coincidem.</translation>
    </message>
</context>
<context>
    <name>app::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último acesso</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Redefinir senha…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Redefinir senha</translation>
    </message>
    <message>
        <source>New password for %1 (at least 8 characters):</source>
        <translation>Nova senha para %1 (no mínimo 8 caracteres):</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>A senha de %1 foi alterada.</translation>
    </message>
</context>
<context>
    <name>dashboards::SalesDashboardWidget</name>
    <message>
        <source>Storefront</source>
        <translation>Loja virtual</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplaces</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Lojas físicas</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <source>Franchises</source>
        <translation>Franquias</translation>
    </message>
    <message>
        <source>Telesales</source>
        <translation>Televendas</translation>
    </message>
    <message>
        <source>Orders (30 days)</source>
        <translation>Pedidos (30 dias)</translation>
    </message>
    <message>
        <source>Revenue (30 days)</source>
        <translation>Faturamento (30 dias)</translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation>Ticket médio</translation>
    </message>
    <message>
        <source>Awaiting payment / to pick</source>
        <translation>Aguardando pagamento / a separar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>Não foi possível carregar o painel: %1</translation>
    </message>
    <message>
        <source>Orders per day by channel</source>
        <translation>Pedidos por dia e canal</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Atualizado às %1</translation>
    </message>
</context>
<context>
    <name>orders::OrderDetailDialog</name>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>The order could not be opened: %1</source>
        <translation>Não foi possível abrir o pedido: %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Order %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pedido %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>Placed at:</source>
        <translation>Data do pedido:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>%1 (external id %2)</source>
        <translation>%1 (ID externo %2)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contato:</translation>
    </message>
    <message>
        <source>Delivery address:</source>
        <translation>Endereço de entrega:</translation>
    </message>
    <message>
        <source>Picked up at the store</source>
        <translation>Retirada na loja</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Pagamento:</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n installment(s) · %2</source>
        <translation>
            <numerusform>%1 em %n parcela · %2</numerusform>
            <numerusform>%1 em %n parcelas · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>Envio:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Preço de</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Preço por</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Items %1 − discount %2 + freight %3 = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Itens %1 − desconto %2 + frete %3 = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Pedido criado</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Itens&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Histórico&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>orders::OrderListWidget</name>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>The order list could not be loaded: %1</source>
        <translation>Não foi possível carregar a lista de pedidos: %1</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Show the orders of all customers</source>
        <translation>Mostrar os pedidos de todos os clientes</translation>
    </message>
</context>
<context>
    <name>orders::OrderTableModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Código de rastreio</translation>
    </message>
</context>
<context>
    <name>sac::CustomerLookupWidget</name>
    <message>
        <source>Name, CPF or CNPJ of the customer</source>
        <translation>Nome, CPF ou CNPJ do cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>stock::ProductListWidget</name>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>The product list could not be loaded: %1</source>
        <translation>Não foi possível carregar a lista de produtos: %1</translation>
    </message>
</context>
<context>
    <name>stock::ProductTableModel</name>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Preço de</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Preço por</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>ANVISA reg.</source>
        <translation>Reg. ANVISA</translation>
    </message>
</context>
<context>
    <name>synchronization::SyncStatusWidget</name>
    <message>
        <source>Check keychain</source>
        <translation>Verificar chaveiro</translation>
    </message>
    <message>
        <source>Keychain: available — passwords of the central server and the storefront will be kept there.</source>
        <translation>Chaveiro: disponível — as senhas do servidor central e da loja virtual serão guardadas nele.</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Chaveiro: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Central database:&lt;/b&gt; %1&lt;br&gt;%n local change(s) waiting to be sent.</source>
        <translation>
            <numerusform>&lt;b&gt;Banco de dados central:&lt;/b&gt; %1&lt;br&gt;%n alteração local aguardando envio.</numerusform>
            <numerusform>&lt;b&gt;Banco de dados central:&lt;/b&gt; %1&lt;br&gt;%n alterações locais aguardando envio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No central database configured.&lt;/b&gt; This desktop works on its own; %n local change(s) will be sent when one is configured.</source>
        <translation>
            <numerusform>&lt;b&gt;Nenhum banco de dados central configurado.&lt;/b&gt; Este computador funciona de forma independente; %n alteração local será enviada quando um banco central for configurado.</numerusform>
            <numerusform>&lt;b&gt;Nenhum banco de dados central configurado.&lt;/b&gt; Este computador funciona de forma independente; %n alterações locais serão enviadas quando um banco central for configurado.</numerusform>
        </translation>
    </message>
</context>
</TS>
