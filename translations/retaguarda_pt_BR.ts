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
        <source>Boletos</source>
        <translation>Boletos</translation>
    </message>
    <message>
        <source>Boletos awaiting payment</source>
        <translation>Boletos aguardando pagamento</translation>
    </message>
</context>
<context>
    <name>BoletoPdf</name>
    <message>
        <source>There are no boletos to print.</source>
        <translation>Não há boletos para imprimir.</translation>
    </message>
    <message>
        <source>There is no file to write the boletos to.</source>
        <translation>Não há um arquivo para gravar os boletos.</translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>Não foi possível gravar o PDF: %1</translation>
    </message>
    <message>
        <source>Cannot write the PDF: the file is open for reading only.</source>
        <translation>Não foi possível gravar o PDF: o arquivo está aberto somente para leitura.</translation>
    </message>
    <message>
        <source>Boleto %1</source>
        <translation>Boleto %1</translation>
    </message>
    <message>
        <source>Boletos</source>
        <translation>Boletos</translation>
    </message>
    <message>
        <source>Printing the boletos was cancelled; no file was written.</source>
        <translation>A impressão dos boletos foi cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Cannot finish the PDF: %1</source>
        <translation>Não foi possível concluir o PDF: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não foi possível criar %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
</context>
<context>
    <name>BoletoStatus</name>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Baixado</translation>
    </message>
    <message>
        <source>Protested</source>
        <translation>Protestado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
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
        <source>Order %1&apos;s customer has an alphanumeric CNPJ (%2), which the banks&apos; CNAB layouts cannot carry yet; charge this order by PIX or card.</source>
        <translation>O cliente do pedido %1 tem um CNPJ alfanumérico (%2), que os layouts CNAB dos bancos ainda não comportam; cobre este pedido por PIX ou cartão.</translation>
    </message>
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
        <source>The bank code must have 3 digits, got &apos;%1&apos;.</source>
        <translation>O código do banco deve ter 3 dígitos; foi informado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>banco</translation>
    </message>
    <message>
        <source>The currency code must be one digit, got %1.</source>
        <translation>O código da moeda deve ter um dígito; foi informado %1.</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moeda</translation>
    </message>
    <message>
        <source>The due-date factor must be 0 or between 1000 and 9999, got %1.</source>
        <translation>O fator de vencimento deve ser 0 ou estar entre 1000 e 9999; foi informado %1.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>fator de vencimento</translation>
    </message>
    <message>
        <source>A boleto amount cannot be negative (%1).</source>
        <translation>O valor de um boleto não pode ser negativo (%1).</translation>
    </message>
    <message>
        <source>company code</source>
        <translation>código da empresa</translation>
    </message>
    <message>
        <source>protest days</source>
        <translation>dias para protesto</translation>
    </message>
    <message>
        <source>title count</source>
        <translation>quantidade de títulos</translation>
    </message>
    <message>
        <source>total amount</source>
        <translation>valor total</translation>
    </message>
    <message>
        <source>remessa number (NSA)</source>
        <translation>número da remessa (NSA)</translation>
    </message>
    <message>
        <source>record number</source>
        <translation>número do registro</translation>
    </message>
    <message>
        <source>lote</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>payer CPF/CNPJ</source>
        <translation>CPF/CNPJ do pagador</translation>
    </message>
    <message>
        <source>Bradesco&apos;s CNAB 400 takes the fine as a percentage, not an amount.</source>
        <translation>O CNAB 400 do Bradesco recebe a multa como percentual, não como valor.</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>multa</translation>
    </message>
    <message>
        <source>fine percentage</source>
        <translation>percentual de multa</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>application version</source>
        <translation>versão do aplicativo</translation>
    </message>
    <message>
        <source>interest per day</source>
        <translation>juros por dia</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>desconto</translation>
    </message>
    <message>
        <source>payer CEP</source>
        <translation>CEP do pagador</translation>
    </message>
    <message>
        <source>record count</source>
        <translation>quantidade de registros</translation>
    </message>
    <message>
        <source>batch count</source>
        <translation>quantidade de lotes</translation>
    </message>
    <message>
        <source>This is a remessa for bank %1, not %2.</source>
        <translation>Esta é uma remessa do banco %1, não do banco %2.</translation>
    </message>
    <message>
        <source>Title %1: %2</source>
        <translation>Título %1: %2</translation>
    </message>
    <message>
        <source>This bank&apos;s CNAB 240 remessa has no record for a PIX QR code.</source>
        <translation>A remessa CNAB 240 deste banco não tem registro para QR code PIX.</translation>
    </message>
    <message>
        <source>PIX</source>
        <translation>PIX</translation>
    </message>
    <message>
        <source>The amount %1 does not fit the barcode; the maximum is R$ 99.999.999,99.</source>
        <translation>O valor %1 não cabe no código de barras; o máximo é R$ 99.999.999,99.</translation>
    </message>
    <message>
        <source>The free field (campo livre) must have 25 digits, got &apos;%1&apos;.</source>
        <translation>O campo livre deve ter 25 dígitos; foi informado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>free field</source>
        <translation>campo livre</translation>
    </message>
    <message>
        <source>A barcode may contain only digits, found &apos;%1&apos;.</source>
        <translation>O código de barras só pode conter dígitos; foi encontrado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>posição %1</translation>
    </message>
    <message>
        <source>A boleto barcode has 44 digits; this one has %1.</source>
        <translation>O código de barras do boleto tem 44 dígitos; este tem %1.</translation>
    </message>
    <message>
        <source>The barcode check digit (position 5) is %1, expected %2; please check for a typo.</source>
        <translation>O dígito verificador do código de barras (posição 5) é %1, mas deveria ser %2; verifique se há erro de digitação.</translation>
    </message>
    <message>
        <source>position 5</source>
        <translation>posição 5</translation>
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
    <message>
        <source>The certificate of the e-mail server %1 is not trusted. If the server uses a private certificate authority, add the server&apos;s CA file in Settings, E-mail (SMTP).</source>
        <translation>O certificado do servidor de e-mail %1 não é confiável. Se o servidor usa uma autoridade certificadora privada, adicione o arquivo da CA do servidor em Configurações, E-mail (SMTP).</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read. Choose an existing PEM file in Settings, E-mail (SMTP).</source>
        <translation>Não foi possível ler o arquivo da CA %1. Escolha um arquivo PEM existente em Configurações, E-mail (SMTP).</translation>
    </message>
    <message>
        <source>The e-mail server %1 does not offer STARTTLS, so nothing was sent unencrypted. Use an smtps:// address (port 465) or ask the provider for a port with TLS.</source>
        <translation>O servidor de e-mail %1 não oferece STARTTLS; por isso, nada foi enviado sem criptografia. Use um endereço smtps:// (porta 465) ou peça ao provedor uma porta com TLS.</translation>
    </message>
    <message>
        <source>The TLS connection to the e-mail server %1 failed. Check that the port speaks TLS: 465 for smtps://, 587 for smtp:// with STARTTLS.</source>
        <translation>A conexão TLS com o servidor de e-mail %1 falhou. Verifique se a porta usa TLS: 465 para smtps://, 587 para smtp:// com STARTTLS.</translation>
    </message>
    <message>
        <source>The e-mail server name %1 cannot be found. Check the server address and the network connection.</source>
        <translation>O nome do servidor de e-mail %1 não foi encontrado. Verifique o endereço do servidor e a conexão de rede.</translation>
    </message>
    <message>
        <source>Cannot connect to the e-mail server %1. Check the address and port, and whether a firewall blocks the connection.</source>
        <translation>Não foi possível conectar ao servidor de e-mail %1. Verifique o endereço e a porta, e se um firewall está bloqueando a conexão.</translation>
    </message>
    <message>
        <source>The e-mail server %1 did not answer within %2 seconds. Check the network or try again later.</source>
        <translation>O servidor de e-mail %1 não respondeu em %2 segundos. Verifique a rede ou tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The e-mail server %1 refused the user name or password. Check them in Settings, E-mail (SMTP).</source>
        <translation>O servidor de e-mail %1 recusou o nome de usuário ou a senha. Verifique-os em Configurações, E-mail (SMTP).</translation>
    </message>
    <message>
        <source>The e-mail server %1 could not take the message now (it answered &quot;%2&quot;). It is tried again later.</source>
        <translation>O servidor de e-mail %1 não pôde aceitar a mensagem agora (respondeu &quot;%2&quot;). Uma nova tentativa será feita mais tarde.</translation>
    </message>
    <message>
        <source>The e-mail server %1 refused the message (it answered &quot;%2&quot;). Check the sender and recipient addresses.</source>
        <translation>O servidor de e-mail %1 recusou a mensagem (respondeu &quot;%2&quot;). Verifique os endereços do remetente e do destinatário.</translation>
    </message>
    <message>
        <source>Sending the e-mail through %1 failed: %2.</source>
        <translation>O envio do e-mail por %1 falhou: %2.</translation>
    </message>
    <message>
        <source>The e-mail server address must look like smtps://host:465 or smtp://host:587.</source>
        <translation>O endereço do servidor de e-mail deve ter o formato smtps://host:465 ou smtp://host:587.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>O endereço do remetente &quot;%1&quot; não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>O endereço do destinatário &quot;%1&quot; não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>The e-mail library (libcurl) could not start.</source>
        <translation>Não foi possível iniciar a biblioteca de e-mail (libcurl).</translation>
    </message>
    <message>
        <source>No password is stored for the e-mail user %1. Enter it again in Settings, E-mail (SMTP).</source>
        <translation>Não há senha armazenada para o usuário de e-mail %1. Informe-a novamente em Configurações, E-mail (SMTP).</translation>
    </message>
    <message>
        <source>Enter the server as smtps://host:465 (TLS) or smtp://host:587 (STARTTLS).</source>
        <translation>Informe o servidor como smtps://host:465 (TLS) ou smtp://host:587 (STARTTLS).</translation>
    </message>
    <message>
        <source>Enter the sender as an e-mail address, e.g. contato@loja.com.br or Loja Exemplo &lt;contato@loja.com.br&gt;.</source>
        <translation>Informe o remetente como um endereço de e-mail, por exemplo contato@loja.com.br ou Loja Exemplo &lt;contato@loja.com.br&gt;.</translation>
    </message>
    <message>
        <source>The user name cannot contain line breaks.</source>
        <translation>O nome de usuário não pode conter quebras de linha.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Não foi possível ler o arquivo da CA %1.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate in PEM format (-----BEGIN CERTIFICATE-----).</source>
        <translation>O arquivo da CA %1 não contém nenhum certificado no formato PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The time-out must be between 5 and 600 seconds.</source>
        <translation>O tempo limite deve ficar entre 5 e 600 segundos.</translation>
    </message>
    <message>
        <source>The workflow action &quot;%1&quot; is not provided by any module.</source>
        <translation>A ação de fluxo de trabalho &quot;%1&quot; não é fornecida por nenhum módulo.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linha %2: %3</translation>
    </message>
    <message>
        <source>the document is not an SCXML state chart</source>
        <translation>o documento não é um diagrama de estados SCXML</translation>
    </message>
    <message>
        <source>a state without an id</source>
        <translation>um estado sem id</translation>
    </message>
    <message>
        <source>a transition needs an event and a target</source>
        <translation>uma transição precisa de um evento e de um destino</translation>
    </message>
    <message>
        <source>conditions on transitions are not supported; use automatic approval rules</source>
        <translation>condições em transições não são suportadas; use regras de aprovação automática</translation>
    </message>
    <message>
        <source>a &lt;send&gt; without an event names no action</source>
        <translation>um &lt;send&gt; sem evento não indica nenhuma ação</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not supported on entry; declare actions with &lt;send event=&quot;name&quot;/&gt;</source>
        <translation>&lt;%1&gt; não é suportado na entrada de um estado; declare as ações com &lt;send event=&quot;nome&quot;/&gt;</translation>
    </message>
    <message>
        <source>nested states are not supported; the order chart is flat</source>
        <translation>estados aninhados não são suportados; o diagrama de pedidos é plano</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not supported in an order workflow</source>
        <translation>&lt;%1&gt; não é suportado em um fluxo de trabalho de pedidos</translation>
    </message>
    <message>
        <source>the root element must be &lt;scxml&gt;</source>
        <translation>o elemento raiz deve ser &lt;scxml&gt;</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; is declared twice</source>
        <translation>o estado &quot;%1&quot; está declarado duas vezes</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not supported: order charts use the null data model</source>
        <translation>&lt;%1&gt; não é suportado: os diagramas de pedidos usam o modelo de dados null</translation>
    </message>
    <message>
        <source>the chart has no states</source>
        <translation>o diagrama não tem estados</translation>
    </message>
    <message>
        <source>the initial state &quot;%1&quot; does not exist</source>
        <translation>o estado inicial &quot;%1&quot; não existe</translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; goes to &quot;%2&quot;, which is not a state</source>
        <translation>a transição &quot;%1&quot; leva a &quot;%2&quot;, que não é um estado</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; has two transitions on &quot;%2&quot;</source>
        <translation>o estado &quot;%1&quot; tem duas transições para o evento &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; fires the unknown action &quot;%2&quot; (known: %3)</source>
        <translation>o estado &quot;%1&quot; dispara a ação desconhecida &quot;%2&quot; (conhecidas: %3)</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; cannot be reached from &quot;%2&quot;</source>
        <translation>o estado &quot;%1&quot; não pode ser alcançado a partir de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>There is no order number %1.</source>
        <translation>Não existe pedido com o número %1.</translation>
    </message>
    <message>
        <source>Only these statuses (codes, comma separated)</source>
        <translation>Somente estas situações (códigos, separados por vírgula)</translation>
    </message>
    <message>
        <source>Only these payment statuses</source>
        <translation>Somente estas situações de pagamento</translation>
    </message>
    <message>
        <source>Only these carriers</source>
        <translation>Somente estas transportadoras</translation>
    </message>
    <message>
        <source>Placed on or after this date (YYYY-MM-DD)</source>
        <translation>Pedidos feitos a partir desta data (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Placed on or before this date (YYYY-MM-DD)</source>
        <translation>Pedidos feitos até esta data (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Number, customer name, CPF/CNPJ, e-mail, SKU or tracking code</source>
        <translation>Número, nome do cliente, CPF/CNPJ, e-mail, SKU ou código de rastreio</translation>
    </message>
    <message>
        <source>Sort column[:asc|desc] (number, placed_at, channel, customer, document, total, payment_status, status, carrier, tracking)</source>
        <translation>Coluna de ordenação[:asc|desc] (number, placed_at, channel, customer, document, total, payment_status, status, carrier, tracking)</translation>
    </message>
    <message>
        <source>At most N orders (default 50)</source>
        <translation>No máximo N pedidos (padrão 50)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli orders list [--status S] [--search TEXT] [--from DATE] [--to DATE] [--sort KEY[:asc]] [--limit N] [--json]</source>
        <translation>Uso: retaguarda-cli orders list [--status S] [--search TEXT] [--from DATE] [--to DATE] [--sort KEY[:asc]] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Known: %2.</source>
        <translation>Situação desconhecida: &quot;%1&quot;. Conhecidas: %2.</translation>
    </message>
    <message>
        <source>--order takes an order number, like 1042.</source>
        <translation>--order recebe um número de pedido, como 1042.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>O pedido %1 não existe.</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-11-23, not &quot;%2&quot;.</source>
        <translation>--%1 deve ser uma data como 2026-11-23, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--%1 must be an amount like 123.45, not &quot;%2&quot;.</source>
        <translation>--%1 deve ser um valor como 123.45, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Collection account id or name (default: the default account)</source>
        <translation>ID ou nome da conta de cobrança (padrão: a conta padrão)</translation>
    </message>
    <message>
        <source>Number of boletos (default: the order&apos;s installments)</source>
        <translation>Número de boletos (padrão: as parcelas do pedido)</translation>
    </message>
    <message>
        <source>First due date (default: in 3 days)</source>
        <translation>Primeiro vencimento (padrão: daqui a 3 dias)</translation>
    </message>
    <message>
        <source>Total to charge (default: the order&apos;s total)</source>
        <translation>Total a cobrar (padrão: o total do pedido)</translation>
    </message>
    <message>
        <source>Discount per boleto for paying by --discount-until</source>
        <translation>Desconto por boleto para pagamento até --discount-until</translation>
    </message>
    <message>
        <source>Last day of the discount</source>
        <translation>Último dia do desconto</translation>
    </message>
    <message>
        <source>An extra line for the Instruções box (repeatable)</source>
        <translation>Uma linha extra no campo Instruções (pode ser repetida)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli boleto issue --order NUMBER [--account ID] [--installments N] [--due YYYY-MM-DD] [--amount 123.45] [--discount 5.00 --discount-until YYYY-MM-DD] [--instruction TEXT] [--json]</source>
        <translation>Uso: retaguarda-cli boleto issue --order NUMBER [--account ID] [--installments N] [--due YYYY-MM-DD] [--amount 123.45] [--discount 5.00 --discount-until YYYY-MM-DD] [--instruction TEXT] [--json]</translation>
    </message>
    <message>
        <source>--installments must be a number from 1 up.</source>
        <translation>--installments deve ser um número a partir de 1.</translation>
    </message>
    <message>
        <source>Boleto %1 (%2), due %3, %4</source>
        <translation>Boleto %1 (%2), vencimento %3, %4</translation>
    </message>
    <message>
        <source>Only these statuses (emitido, registrado, vencido, pago, baixado, protestado, cancelado; comma separated)</source>
        <translation>Somente estas situações (emitido, registrado, vencido, pago, baixado, protestado, cancelado; separadas por vírgula)</translation>
    </message>
    <message>
        <source>Only this collection account (id)</source>
        <translation>Somente esta conta de cobrança (ID)</translation>
    </message>
    <message>
        <source>Nosso número, linha digitável, order number, CPF/CNPJ or payer name</source>
        <translation>Nosso número, linha digitável, número do pedido, CPF/CNPJ ou nome do pagador</translation>
    </message>
    <message>
        <source>At most this many (default 2000)</source>
        <translation>No máximo esta quantidade (padrão 2000)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli boleto list [--status S] [--account ID] [--search TEXT] [--limit N] [--json]</source>
        <translation>Uso: retaguarda-cli boleto list [--status S] [--account ID] [--search TEXT] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use %2.</source>
        <translation>Situação desconhecida: &quot;%1&quot;; use %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n boleto(s)</source>
        <translation>
            <numerusform>%n boleto</numerusform>
            <numerusform>%n boletos</numerusform>
        </translation>
    </message>
    <message>
        <source>Boleto id, nosso número or linha digitável</source>
        <translation>ID do boleto, nosso número ou linha digitável</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli boleto show BOLETO [--json]</source>
        <translation>Uso: retaguarda-cli boleto show BOLETO [--json]</translation>
    </message>
    <message>
        <source>Why it is cancelled (required)</source>
        <translation>Motivo do cancelamento (obrigatório)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli boleto cancel BOLETO --reason TEXT</source>
        <translation>Uso: retaguarda-cli boleto cancel BOLETO --reason TEXT</translation>
    </message>
    <message>
        <source>Boleto %1 cancelled; the next remessa asks the bank to write it off.</source>
        <translation>Boleto %1 cancelado; a próxima remessa pedirá a baixa ao banco.</translation>
    </message>
    <message>
        <source>Boleto %1 cancelled.</source>
        <translation>Boleto %1 cancelado.</translation>
    </message>
    <message>
        <source>Boleto ids, nossos números or linhas digitáveis</source>
        <translation>IDs dos boletos, nossos números ou linhas digitáveis</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>Arquivo PDF a gravar</translation>
    </message>
    <message>
        <source>All boletos of this order number</source>
        <translation>Todos os boletos deste número de pedido</translation>
    </message>
    <message>
        <source>Carnê layout: three boletos per page</source>
        <translation>Layout de carnê: três boletos por página</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli boleto pdf ID... | --order NUMBER -o FILE.pdf [--carne]</source>
        <translation>Uso: retaguarda-cli boleto pdf ID... | --order NUMBER -o FILE.pdf [--carne]</translation>
    </message>
    <message>
        <source>Order %1 has no boleto to print.</source>
        <translation>O pedido %1 não tem boleto para imprimir.</translation>
    </message>
    <message numerus="yes">
        <source>%n boleto(s) written to %1</source>
        <translation>
            <numerusform>%n boleto gravado em %1</numerusform>
            <numerusform>%n boletos gravados em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the boletos of an order (installments, due date, discount)</source>
        <translation>Emite os boletos de um pedido (parcelas, vencimento, desconto)</translation>
    </message>
    <message>
        <source>List boletos by status, account or search text</source>
        <translation>Lista boletos por situação, conta ou texto de busca</translation>
    </message>
    <message>
        <source>Show one boleto</source>
        <translation>Mostra um boleto</translation>
    </message>
    <message>
        <source>Cancel a boleto (pedido de baixa when registered)</source>
        <translation>Cancela um boleto (pedido de baixa quando registrado)</translation>
    </message>
    <message>
        <source>Write boletos to a PDF (A4 or carnê)</source>
        <translation>Grava boletos em PDF (A4 ou carnê)</translation>
    </message>
    <message>
        <source>Unknown sort &quot;%1&quot;.</source>
        <translation>Ordenação desconhecida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit deve ser um número positivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número do pedido</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli orders show NUMBER [--json]</source>
        <translation>Uso: retaguarda-cli orders show NUMBER [--json]</translation>
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
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Target state or event (pago, payment_confirmed ...)</source>
        <translation>Situação ou evento de destino (pago, payment_confirmed ...)</translation>
    </message>
    <message>
        <source>Why (recorded on the timeline)</source>
        <translation>Motivo (registrado na linha do tempo)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli orders advance NUMBER --to STATE [--reason TEXT]</source>
        <translation>Uso: retaguarda-cli orders advance NUMBER --to STATE [--reason TEXT]</translation>
    </message>
    <message>
        <source>The orders workflow is not available.</source>
        <translation>O fluxo de trabalho de pedidos não está disponível.</translation>
    </message>
    <message>
        <source>Order %1 is now &quot;%2&quot;.</source>
        <translation>O pedido %1 agora está &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>List orders with filters, search and sort (orders list --search TEXT)</source>
        <translation>Lista pedidos com filtros, busca e ordenação (orders list --search TEXT)</translation>
    </message>
    <message>
        <source>Show one order with its items and timeline (orders show NUMBER)</source>
        <translation>Mostra um pedido com seus itens e sua linha do tempo (orders show NUMBER)</translation>
    </message>
    <message>
        <source>Move an order through the workflow (orders advance NUMBER --to STATE)</source>
        <translation>Move um pedido pelo fluxo de trabalho (orders advance NUMBER --to STATE)</translation>
    </message>
    <message>
        <source>SCXML state chart</source>
        <translation>Diagrama de estados SCXML</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Chart: %1 (initial state: %2)</source>
        <translation>Diagrama: %1 (estado inicial: %2)</translation>
    </message>
    <message>
        <source>, final</source>
        <translation>, final</translation>
    </message>
    <message>
        <source>on entry: %1</source>
        <translation>na entrada: %1</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow check FILE</source>
        <translation>Uso: retaguarda-cli workflow check FILE</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid order workflow, %n state(s).</source>
        <translation>
            <numerusform>%1: fluxo de trabalho de pedidos válido, %n estado.</numerusform>
            <numerusform>%1: fluxo de trabalho de pedidos válido, %n estados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow show [--json]</source>
        <translation>Uso: retaguarda-cli workflow show [--json]</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow install FILE</source>
        <translation>Uso: retaguarda-cli workflow install FILE</translation>
    </message>
    <message>
        <source>The company&apos;s order workflow now comes from %1.</source>
        <translation>O fluxo de trabalho de pedidos da empresa agora vem de %1.</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow reset</source>
        <translation>Uso: retaguarda-cli workflow reset</translation>
    </message>
    <message>
        <source>The company chart was retired; orders follow the built-in workflow again.</source>
        <translation>O diagrama da empresa foi desativado; os pedidos voltam a seguir o fluxo de trabalho padrão.</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow rules list [--json]</source>
        <translation>Uso: retaguarda-cli workflow rules list [--json]</translation>
    </message>
    <message>
        <source>%1. %2: %3, score ≤ %4, total ≤ %5</source>
        <translation>%1. %2: %3, pontuação ≤ %4, total ≤ %5</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nome da regra</translation>
    </message>
    <message>
        <source>Highest risk score approved (0-100)</source>
        <translation>Maior pontuação de risco aprovada (0-100)</translation>
    </message>
    <message>
        <source>Highest order total approved (e.g. 1500,00)</source>
        <translation>Maior total de pedido aprovado (ex.: 1500,00)</translation>
    </message>
    <message>
        <source>Payment methods (default credit_card,debit_card)</source>
        <translation>Formas de pagamento (padrão credit_card,debit_card)</translation>
    </message>
    <message>
        <source>Lower runs first (default 100)</source>
        <translation>Menor valor é executado primeiro (padrão 100)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow rules add --name NAME --max-score N --max-total AMOUNT [--methods LIST] [--priority N]</source>
        <translation>Uso: retaguarda-cli workflow rules add --name NAME --max-score N --max-total AMOUNT [--methods LIST] [--priority N]</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; added.</source>
        <translation>Regra &quot;%1&quot; adicionada.</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow rules remove NAME</source>
        <translation>Uso: retaguarda-cli workflow rules remove NAME</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; retired.</source>
        <translation>Regra &quot;%1&quot; desativada.</translation>
    </message>
    <message>
        <source>Validate an order workflow chart (workflow check FILE)</source>
        <translation>Valida um diagrama de fluxo de trabalho de pedidos (workflow check FILE)</translation>
    </message>
    <message>
        <source>Show the order workflow in force</source>
        <translation>Mostra o fluxo de trabalho de pedidos em vigor</translation>
    </message>
    <message>
        <source>Make a chart the company&apos;s order workflow</source>
        <translation>Torna um diagrama o fluxo de trabalho de pedidos da empresa</translation>
    </message>
    <message>
        <source>Go back to the built-in order workflow</source>
        <translation>Volta ao fluxo de trabalho de pedidos padrão</translation>
    </message>
    <message>
        <source>List the automatic approval rules</source>
        <translation>Lista as regras de aprovação automática</translation>
    </message>
    <message>
        <source>Add an automatic approval rule</source>
        <translation>Adiciona uma regra de aprovação automática</translation>
    </message>
    <message>
        <source>Retire an automatic approval rule</source>
        <translation>Desativa uma regra de aprovação automática</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>O pedido não existe mais.</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 already has %n boleto(s) open or paid; cancel them before issuing new ones.</source>
        <translation>
            <numerusform>O pedido %1 já tem %n boleto em aberto ou pago; cancele-o antes de emitir novos.</numerusform>
            <numerusform>O pedido %1 já tem %n boletos em aberto ou pagos; cancele-os antes de emitir novos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is inactive.</source>
        <translation>A conta &apos;%1&apos; está inativa.</translation>
    </message>
    <message>
        <source>Order %1&apos;s customer has no name or CPF/CNPJ; a boleto needs both.</source>
        <translation>O cliente do pedido %1 não tem nome ou CPF/CNPJ; o boleto precisa de ambos.</translation>
    </message>
    <message>
        <source>Order %1&apos;s customer has no address with a CEP; banks refuse a boleto without one.</source>
        <translation>O cliente do pedido %1 não tem endereço com CEP; os bancos recusam boletos sem CEP.</translation>
    </message>
    <message>
        <source>The due date %1 is before the issue date %2.</source>
        <translation>O vencimento %1 é anterior à data de emissão %2.</translation>
    </message>
    <message>
        <source>Installment %1: </source>
        <translation>Parcela %1: </translation>
    </message>
    <message>
        <source>Order %1, installment %2 of %3.</source>
        <translation>Pedido %1, parcela %2 de %3.</translation>
    </message>
    <message>
        <source>Order %1.</source>
        <translation>Pedido %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n boleto(s) issued, %1 in total, account %2.</source>
        <translation>
            <numerusform>%n boleto emitido, total de %1, conta %2.</numerusform>
            <numerusform>%n boletos emitidos, total de %1, conta %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order workflow is not loaded; orders cannot be entered.</source>
        <translation>O fluxo de trabalho de pedidos não está carregado; não é possível lançar pedidos.</translation>
    </message>
    <message>
        <source>The order does not exist.</source>
        <translation>O pedido não existe.</translation>
    </message>
    <message>
        <source>Saved views belong to a user: log in to use them.</source>
        <translation>As visões salvas pertencem a um usuário: faça login para usá-las.</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Dê um nome à visão.</translation>
    </message>
    <message>
        <source>A view name has at most %1 characters.</source>
        <translation>O nome de uma visão tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>Uma regra precisa de um nome.</translation>
    </message>
    <message>
        <source>The maximum risk score is between 0 and 100.</source>
        <translation>A pontuação de risco máxima deve estar entre 0 e 100.</translation>
    </message>
    <message>
        <source>The maximum total cannot be negative.</source>
        <translation>O total máximo não pode ser negativo.</translation>
    </message>
    <message>
        <source>Name at least one payment method.</source>
        <translation>Informe pelo menos uma forma de pagamento.</translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;.</source>
        <translation>Forma de pagamento desconhecida: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is already a rule named &quot;%1&quot;.</source>
        <translation>Já existe uma regra chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no active approval rule &quot;%1&quot;.</source>
        <translation>Não existe uma regra de aprovação ativa chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Manual review: no risk analysis has arrived for this order.</source>
        <translation>Análise manual: nenhuma análise de risco chegou para este pedido.</translation>
    </message>
    <message>
        <source>Manual review: the risk provider recommends refusing (score %1).</source>
        <translation>Análise manual: o provedor de análise de risco recomenda recusar (pontuação %1).</translation>
    </message>
    <message>
        <source>score %1 above %2 (rule &quot;%3&quot;)</source>
        <translation>pontuação %1 acima de %2 (regra &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>total %1 above %2 (rule &quot;%3&quot;)</source>
        <translation>total %1 acima de %2 (regra &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Approved automatically by rule &quot;%1&quot;: score %2 ≤ %3, total %4 ≤ %5.</source>
        <translation>Aprovado automaticamente pela regra &quot;%1&quot;: pontuação %2 ≤ %3, total %4 ≤ %5.</translation>
    </message>
    <message>
        <source>Manual review: no approval rule covers %1 payments.</source>
        <translation>Análise manual: nenhuma regra de aprovação cobre a forma de pagamento %1.</translation>
    </message>
    <message>
        <source>Manual review: %1.</source>
        <translation>Análise manual: %1.</translation>
    </message>
    <message>
        <source>set_payment_status needs one of: %1.</source>
        <translation>set_payment_status precisa de um destes valores: %1.</translation>
    </message>
    <message>
        <source>stamp needs one of: paid_at, shipped_at, delivered_at, cancelled_at.</source>
        <translation>stamp precisa de um destes valores: paid_at, shipped_at, delivered_at, cancelled_at.</translation>
    </message>
    <message>
        <source>Cannot read the workflow chart: %1</source>
        <translation>Não foi possível ler o diagrama do fluxo de trabalho: %1</translation>
    </message>
    <message>
        <source>company chart in the database</source>
        <translation>diagrama da empresa no banco de dados</translation>
    </message>
    <message>
        <source>Order %1 is &quot;%2&quot;; the workflow does not allow &quot;%3&quot; from there. Allowed: %4.</source>
        <translation>O pedido %1 está &quot;%2&quot;; o fluxo de trabalho não permite &quot;%3&quot; a partir daí. Permitido: %4.</translation>
    </message>
    <message>
        <source>nothing (final state)</source>
        <translation>nada (estado final)</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>pedido %1</translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else meanwhile; reload it and try again.</source>
        <translation>Outra pessoa alterou o pedido %1 enquanto isso; recarregue-o e tente novamente.</translation>
    </message>
    <message>
        <source>Order %1: the action &quot;%2&quot; on entering &quot;%3&quot; failed: %4</source>
        <translation>Pedido %1: a ação &quot;%2&quot; ao entrar em &quot;%3&quot; falhou: %4</translation>
    </message>
    <message>
        <source>The workflow kept moving the order automatically; check the chart for a loop.</source>
        <translation>O fluxo de trabalho continuou movendo o pedido automaticamente; verifique se há um ciclo no diagrama.</translation>
    </message>
    <message>
        <source>company chart</source>
        <translation>diagrama da empresa</translation>
    </message>
    <message>
        <source>There is no company chart installed; the built-in workflow is in force.</source>
        <translation>Não há diagrama da empresa instalado; o fluxo de trabalho padrão está em vigor.</translation>
    </message>
    <message>
        <source>Banco do Brasil: the convênio may contain only digits, found &apos;%1&apos;.</source>
        <translation>Banco do Brasil: o convênio só pode conter dígitos; foi encontrado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>convênio</source>
        <translation>convênio</translation>
    </message>
    <message>
        <source>Banco do Brasil convênios have 4, 6, 7 or 8 digits; &apos;%1&apos; has %2.</source>
        <translation>Os convênios do Banco do Brasil têm 4, 6, 7 ou 8 dígitos; &apos;%1&apos; tem %2.</translation>
    </message>
    <message>
        <source>nosso número</source>
        <translation>nosso número</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agência</translation>
    </message>
    <message>
        <source>account</source>
        <translation>conta</translation>
    </message>
    <message>
        <source>%1: the %2 is required.</source>
        <translation>%1: o campo %2 é obrigatório.</translation>
    </message>
    <message>
        <source>%1: the %2 may contain only digits, found &apos;%3&apos;.</source>
        <translation>%1: o campo %2 só pode conter dígitos; foi encontrado &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>%1: the %2 has at most %3 digits; &apos;%4&apos; has %5.</source>
        <translation>%1: o campo %2 tem no máximo %3 dígitos; &apos;%4&apos; tem %5.</translation>
    </message>
    <message>
        <source>%1 has no carteira &apos;%2&apos;; use one of %3.</source>
        <translation>%1 não tem a carteira &apos;%2&apos;; use uma destas: %3.</translation>
    </message>
    <message>
        <source>carteira</source>
        <translation>carteira</translation>
    </message>
    <message>
        <source>Bank %1 is not supported; boletos can be issued for banks %2.</source>
        <translation>O banco %1 não é suportado; é possível emitir boletos para os bancos %2.</translation>
    </message>
    <message>
        <source>bank code</source>
        <translation>código do banco</translation>
    </message>
    <message>
        <source>beneficiary code</source>
        <translation>código do beneficiário</translation>
    </message>
    <message>
        <source>Caixa beneficiary code %1 has check digit %2, expected %3.</source>
        <translation>O código do beneficiário Caixa %1 tem dígito verificador %2, mas deveria ser %3.</translation>
    </message>
    <message>
        <source>beneficiary code check digit</source>
        <translation>dígito verificador do código do beneficiário</translation>
    </message>
    <message>
        <source>operation number</source>
        <translation>número da operação</translation>
    </message>
    <message>
        <source>seu número</source>
        <translation>seu número</translation>
    </message>
    <message>
        <source>client code</source>
        <translation>código do cliente</translation>
    </message>
    <message>
        <source>Itaú account %1-%2 has check digit %3, expected %4.</source>
        <translation>A conta Itaú %1-%2 tem dígito verificador %3, mas deveria ser %4.</translation>
    </message>
    <message>
        <source>account check digit</source>
        <translation>dígito verificador da conta</translation>
    </message>
    <message>
        <source>cooperative</source>
        <translation>cooperativa</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalidade</translation>
    </message>
    <message>
        <source>Sicoob: the installment number must be between 1 and 999, not %1.</source>
        <translation>Sicoob: o número da parcela deve estar entre 1 e 999, não %1.</translation>
    </message>
    <message>
        <source>installment</source>
        <translation>parcela</translation>
    </message>
    <message>
        <source>posto</source>
        <translation>posto</translation>
    </message>
    <message>
        <source>Barcode (44 digits) or linha digitável (47 digits)</source>
        <translation>Código de barras (44 dígitos) ou linha digitável (47 dígitos)</translation>
    </message>
    <message>
        <source>Resolve the due-date factor around this date (default: today)</source>
        <translation>Data de referência para interpretar o fator de vencimento (padrão: hoje)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli boleto decode CODE [--reference-date YYYY-MM-DD] [--json]</source>
        <translation>Uso: retaguarda-cli boleto decode CODE [--reference-date YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>--reference-date must be a date like 2026-11-23.</source>
        <translation>--reference-date deve ser uma data como 2026-11-23.</translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation>Banco: %1</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>Vencimento: %1</translation>
    </message>
    <message>
        <source>none (on presentation)</source>
        <translation>nenhum (contra-apresentação)</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation>Código de barras: %1</translation>
    </message>
    <message>
        <source>Linha digitável: %1</source>
        <translation>Linha digitável: %1</translation>
    </message>
    <message>
        <source>Decode a boleto&apos;s barcode or linha digitável (bank, due date, amount)</source>
        <translation>Decodifica o código de barras ou a linha digitável de um boleto (banco, vencimento, valor)</translation>
    </message>
    <message>
        <source>PIX key: CPF, CNPJ, e-mail, +55 phone or random key</source>
        <translation>Chave PIX: CPF, CNPJ, e-mail, telefone +55 ou chave aleatória</translation>
    </message>
    <message>
        <source>Location of a dynamic code, without https:// (instead of --key)</source>
        <translation>URL (location) de um código dinâmico, sem https:// (em vez de --key)</translation>
    </message>
    <message>
        <source>Merchant name, up to 25 characters</source>
        <translation>Nome do recebedor, até 25 caracteres</translation>
    </message>
    <message>
        <source>Merchant city, up to 15 characters</source>
        <translation>Cidade do recebedor, até 15 caracteres</translation>
    </message>
    <message>
        <source>Amount, e.g. 12.34 (left out: the payer types it)</source>
        <translation>Valor, por exemplo 12.34 (se omitido, o pagador digita o valor)</translation>
    </message>
    <message>
        <source>Transaction id, up to 25 letters and digits (static codes)</source>
        <translation>Identificador da transação, até 25 letras e dígitos (códigos estáticos)</translation>
    </message>
    <message>
        <source>Text shown to the payer</source>
        <translation>Texto exibido ao pagador</translation>
    </message>
    <message>
        <source>Merchant CEP, 8 digits</source>
        <translation>CEP do recebedor, 8 dígitos</translation>
    </message>
    <message>
        <source>Give either --key (static code) or --url (dynamic code).</source>
        <translation>Informe --key (código estático) ou --url (código dinâmico), apenas um dos dois.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>A opção --%1 é obrigatória.</translation>
    </message>
    <message>
        <source>A dynamic code has no --txid: the payer&apos;s bank reads it from the URL.</source>
        <translation>Um código dinâmico não tem --txid: o banco do pagador o obtém pela URL.</translation>
    </message>
    <message>
        <source>--amount must be an amount like 12.34, not &quot;%1&quot;.</source>
        <translation>--amount deve ser um valor como 12.34, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The PIX code (&quot;copia e cola&quot;)</source>
        <translation>O código PIX (&quot;copia e cola&quot;)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli pix decode PAYLOAD [--json]</source>
        <translation>Uso: retaguarda-cli pix decode PAYLOAD [--json]</translation>
    </message>
    <message>
        <source>Give exactly one PIX code (quote it: names and cities contain spaces).</source>
        <translation>Informe exatamente um código PIX (entre aspas: nomes e cidades contêm espaços).</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>dynamic (URL)</source>
        <translation>dinâmico (URL)</translation>
    </message>
    <message>
        <source>static (key)</source>
        <translation>estático (chave)</translation>
    </message>
    <message>
        <source>Initiation</source>
        <translation>Iniciação</translation>
    </message>
    <message>
        <source>single payment (12)</source>
        <translation>pagamento único (12)</translation>
    </message>
    <message>
        <source>reusable (11)</source>
        <translation>reutilizável (11)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>typed by the payer</source>
        <translation>digitado pelo pagador</translation>
    </message>
    <message>
        <source>Txid</source>
        <translation>Txid</translation>
    </message>
    <message>
        <source>*** (none)</source>
        <translation>*** (nenhum)</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Campo %1</translation>
    </message>
    <message>
        <source>Write a PIX BR Code (pix encode --key K --name N --city C [--amount 12.34])</source>
        <translation>Gera um BR Code PIX (pix encode --key K --name N --city C [--amount 12.34])</translation>
    </message>
    <message>
        <source>Read and check a PIX BR Code (pix decode PAYLOAD)</source>
        <translation>Lê e valida um BR Code PIX (pix decode PAYLOAD)</translation>
    </message>
    <message>
        <source>A boleto code may contain only digits, dots and spaces, found &apos;%1&apos;.</source>
        <translation>O código do boleto só pode conter dígitos, pontos e espaços; foi encontrado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A boleto code has 44 digits (barcode) or 47 digits (linha digitável); this one has %1.</source>
        <translation>O código do boleto tem 44 dígitos (código de barras) ou 47 dígitos (linha digitável); este tem %1.</translation>
    </message>
    <message>
        <source>The linha digitável does not match the barcode: field(s) %1 differ from %2.</source>
        <translation>A linha digitável não corresponde ao código de barras: o(s) campo(s) %1 diverge(m) de %2.</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>campo %1</translation>
    </message>
    <message>
        <source>The due date is not a valid date.</source>
        <translation>A data de vencimento não é uma data válida.</translation>
    </message>
    <message>
        <source>The due date %1 is before 2000-07-03, the earliest date a due-date factor can express.</source>
        <translation>A data de vencimento %1 é anterior a 2000-07-03, a data mais antiga que um fator de vencimento pode representar.</translation>
    </message>
    <message>
        <source>The due-date factor %1 is not valid: it must be 0 (no due date) or between 1000 and 9999.</source>
        <translation>O fator de vencimento %1 não é válido: deve ser 0 (sem vencimento) ou estar entre 1000 e 9999.</translation>
    </message>
    <message>
        <source>A linha digitável may contain only digits, dots and spaces, found &apos;%1&apos;.</source>
        <translation>A linha digitável só pode conter dígitos, pontos e espaços; foi encontrado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A linha digitável has 47 digits; this one has %1.</source>
        <translation>A linha digitável tem 47 dígitos; esta tem %1.</translation>
    </message>
    <message>
        <source>Field %1 of the linha digitável has check digit %2, expected %3; please check the digits of field %1 for a typo.</source>
        <translation>O campo %1 da linha digitável tem dígito verificador %2, mas deveria ser %3; verifique se há erro de digitação no campo %1.</translation>
    </message>
    <message>
        <source>Field 4 of the linha digitável (the general check digit) is %1, expected %2 for the other fields; please check fields 4 and 5 for a typo.</source>
        <translation>O campo 4 da linha digitável (o dígito verificador geral) é %1, mas os demais campos indicam %2; verifique se há erro de digitação nos campos 4 e 5.</translation>
    </message>
    <message>
        <source>field 4</source>
        <translation>campo 4</translation>
    </message>
    <message>
        <source>payload format indicator</source>
        <translation>indicador de formato do payload</translation>
    </message>
    <message>
        <source>point of initiation method</source>
        <translation>método de iniciação</translation>
    </message>
    <message>
        <source>PIX account</source>
        <translation>conta PIX</translation>
    </message>
    <message>
        <source>PIX identifier</source>
        <translation>identificador PIX</translation>
    </message>
    <message>
        <source>merchant category code</source>
        <translation>código de categoria do estabelecimento</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>merchant name</source>
        <translation>nome do recebedor</translation>
    </message>
    <message>
        <source>merchant city</source>
        <translation>cidade do recebedor</translation>
    </message>
    <message>
        <source>additional data</source>
        <translation>dados adicionais</translation>
    </message>
    <message>
        <source>txid</source>
        <translation>txid</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>soma de verificação</translation>
    </message>
    <message>
        <source>Field %1 (%2) is missing.</source>
        <translation>O campo %1 (%2) está ausente.</translation>
    </message>
    <message>
        <source>Field %1 (%2) must be &quot;%3&quot;, found &quot;%4&quot;.</source>
        <translation>O campo %1 (%2) deve ser &quot;%3&quot;; foi encontrado &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Field %1 (%2) is empty.</source>
        <translation>O campo %1 (%2) está vazio.</translation>
    </message>
    <message>
        <source>Field %1 (%2) has %3 characters; at most %4 are allowed.</source>
        <translation>O campo %1 (%2) tem %3 caracteres; o máximo permitido é %4.</translation>
    </message>
    <message>
        <source>Field %1 appears twice.</source>
        <translation>O campo %1 aparece duas vezes.</translation>
    </message>
    <message>
        <source>field %1, position %2</source>
        <translation>campo %1, posição %2</translation>
    </message>
    <message>
        <source>The PIX code is empty.</source>
        <translation>O código PIX está vazio.</translation>
    </message>
    <message>
        <source>The code does not end with its checksum (field 63): it is incomplete or not a PIX code.</source>
        <translation>O código não termina com a soma de verificação (campo 63): está incompleto ou não é um código PIX.</translation>
    </message>
    <message>
        <source>The checksum is %1, expected %2: the code was altered or mistyped.</source>
        <translation>A soma de verificação é %1, mas deveria ser %2: o código foi alterado ou digitado errado.</translation>
    </message>
    <message>
        <source>A PIX code starts with field 00 (payload format indicator).</source>
        <translation>Um código PIX começa pelo campo 00 (indicador de formato do payload).</translation>
    </message>
    <message>
        <source>Field 63 (checksum) must be the last field.</source>
        <translation>O campo 63 (soma de verificação) deve ser o último campo.</translation>
    </message>
    <message>
        <source>field 63, position %1</source>
        <translation>campo 63, posição %1</translation>
    </message>
    <message>
        <source>Field 26 (PIX account) has neither a PIX key (26.01) nor a URL (26.25).</source>
        <translation>O campo 26 (conta PIX) não tem chave PIX (26.01) nem URL (26.25).</translation>
    </message>
    <message>
        <source> inside field %1</source>
        <translation> dentro do campo %1</translation>
    </message>
    <message>
        <source>Expected a two-digit field ID%1, found &quot;%2&quot;.</source>
        <translation>Era esperado um ID de campo com dois dígitos%1; foi encontrado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The length of field %1 must be two digits, found &quot;%2&quot;.</source>
        <translation>O tamanho do campo %1 deve ter dois dígitos; foi encontrado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Field %1 declares %2 characters but only %3 follow: the code is cut short or a length is wrong.</source>
        <translation>O campo %1 declara %2 caracteres, mas só há %3 em seguida: o código está truncado ou algum tamanho está errado.</translation>
    </message>
    <message>
        <source>A field ID must be two digits, not &quot;%1&quot;.</source>
        <translation>O ID de um campo deve ter dois dígitos, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Field %1 would hold %2 characters; a BR Code field holds at most %3.</source>
        <translation>O campo %1 teria %2 caracteres; um campo de BR Code comporta no máximo %3.</translation>
    </message>
    <message>
        <source>Field 54 (amount) must be written like 123.45, found &quot;%1&quot;.</source>
        <translation>O campo 54 (valor) deve ser escrito como 123.45; foi encontrado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Field 26.00 (PIX identifier) must be &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation>O campo 26.00 (identificador PIX) deve ser &quot;%1&quot;; foi encontrado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Field 26 (PIX account) needs a PIX key (26.01) or, for a dynamic code, a URL (26.25).</source>
        <translation>O campo 26 (conta PIX) precisa de uma chave PIX (26.01) ou, em um código dinâmico, de uma URL (26.25).</translation>
    </message>
    <message>
        <source>Field 26 (PIX account) has both a key and a URL; a code carries one of them.</source>
        <translation>O campo 26 (conta PIX) tem uma chave e também uma URL; um código contém apenas uma delas.</translation>
    </message>
    <message>
        <source>PIX key</source>
        <translation>chave PIX</translation>
    </message>
    <message>
        <source>Field 26.25 (URL) must be written without &quot;https://&quot;.</source>
        <translation>O campo 26.25 (URL) deve ser escrito sem &quot;https://&quot;.</translation>
    </message>
    <message>
        <source>Field 54 (amount) must be positive; leave it out to let the payer type it.</source>
        <translation>O campo 54 (valor) deve ser positivo; omita-o para que o pagador digite o valor.</translation>
    </message>
    <message>
        <source>Field 61 (postal code) must be a CEP of 8 digits, found &quot;%1&quot;.</source>
        <translation>O campo 61 (CEP) deve ser um CEP de 8 dígitos; foi encontrado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Field 62.05 (txid) of a dynamic code must be &quot;***&quot;, found &quot;%1&quot;.</source>
        <translation>O campo 62.05 (txid) de um código dinâmico deve ser &quot;***&quot;; foi encontrado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Field 62.05 (txid) may hold only letters and digits (or &quot;***&quot;), found &quot;%1&quot;.</source>
        <translation>O campo 62.05 (txid) só pode conter letras e dígitos (ou &quot;***&quot;); foi encontrado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>beneficiary CPF/CNPJ</source>
        <translation>CPF/CNPJ do beneficiário</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>número do documento</translation>
    </message>
    <message>
        <source>The %1 may contain only digits, found &apos;%2&apos;.</source>
        <translation>O campo %1 só pode conter dígitos; foi encontrado &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not fit in %3 digits.</source>
        <translation>O campo %1 (&apos;%2&apos;) não cabe em %3 dígitos.</translation>
    </message>
    <message>
        <source>The %1 cannot be negative (%2).</source>
        <translation>O campo %1 não pode ser negativo (%2).</translation>
    </message>
    <message>
        <source>The %1 must be a CPF (11 digits) or a CNPJ (14 digits); &apos;%2&apos; has %3 digits.</source>
        <translation>O campo %1 deve ser um CPF (11 dígitos) ou um CNPJ (14 dígitos); &apos;%2&apos; tem %3 dígitos.</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation>O campo %1 é obrigatório.</translation>
    </message>
    <message>
        <source>positions %1-%2</source>
        <translation>posições %1-%2</translation>
    </message>
    <message>
        <source>The field lies outside the %1-character record.</source>
        <translation>O campo fica fora do registro de %1 caracteres.</translation>
    </message>
    <message>
        <source>The field has %1 characters; the value &apos;%2&apos; has %3.</source>
        <translation>O campo tem %1 caracteres; o valor &apos;%2&apos; tem %3.</translation>
    </message>
    <message>
        <source>Position %1 is written by two fields.</source>
        <translation>A posição %1 é escrita por dois campos.</translation>
    </message>
    <message>
        <source>No field covers these positions.</source>
        <translation>Nenhum campo cobre estas posições.</translation>
    </message>
    <message>
        <source>a CPF key has 11 digits, without separators</source>
        <translation>uma chave CPF tem 11 dígitos, sem separadores</translation>
    </message>
    <message>
        <source>a CNPJ key has 14 characters, without separators</source>
        <translation>uma chave CNPJ tem 14 caracteres, sem separadores</translation>
    </message>
    <message>
        <source>a phone key is +55, the area code and the number, e.g. +5511987654321</source>
        <translation>uma chave de telefone é +55, o DDD e o número, por exemplo +5511987654321</translation>
    </message>
    <message>
        <source>an e-mail key looks like name@example.com</source>
        <translation>uma chave de e-mail tem o formato nome@exemplo.com</translation>
    </message>
    <message>
        <source>a random key is the UUID the bank created, e.g. 123e4567-e89b-12d3-a456-426614174000</source>
        <translation>uma chave aleatória é o UUID criado pelo banco, por exemplo 123e4567-e89b-12d3-a456-426614174000</translation>
    </message>
    <message>
        <source>The PIX key is required for a boleto with PIX.</source>
        <translation>A chave PIX é obrigatória para um boleto com PIX.</translation>
    </message>
    <message>
        <source>The PIX key &apos;%1&apos; does not fit its type: %2.</source>
        <translation>A chave PIX &apos;%1&apos; não corresponde ao seu tipo: %2.</translation>
    </message>
    <message>
        <source>The PIX txid &apos;%1&apos; must have up to 35 letters or digits.</source>
        <translation>O txid PIX &apos;%1&apos; deve ter até 35 letras ou dígitos.</translation>
    </message>
    <message>
        <source>PIX txid</source>
        <translation>txid PIX</translation>
    </message>
    <message>
        <source>The PIX payment count must be 1 to 99, not %1.</source>
        <translation>A quantidade de pagamentos PIX deve ser de 1 a 99, não %1.</translation>
    </message>
    <message>
        <source>The PIX limits cannot be negative.</source>
        <translation>Os limites do PIX não podem ser negativos.</translation>
    </message>
    <message>
        <source>PIX limits</source>
        <translation>limites do PIX</translation>
    </message>
    <message>
        <source>payer name</source>
        <translation>nome do pagador</translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation>O vencimento é obrigatório.</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>vencimento</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>O valor deve ser positivo.</translation>
    </message>
    <message>
        <source>The protest days cannot be negative.</source>
        <translation>Os dias para protesto não podem ser negativos.</translation>
    </message>
    <message>
        <source>beneficiary name</source>
        <translation>nome do beneficiário</translation>
    </message>
    <message>
        <source>The remessa needs its generation date.</source>
        <translation>A remessa precisa da data de geração.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabeçalho</translation>
    </message>
    <message>
        <source>A remessa needs at least one title.</source>
        <translation>A remessa precisa de pelo menos um título.</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli bank-account list [--json]</source>
        <translation>Uso: retaguarda-cli bank-account list [--json]</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (padrão)</translation>
    </message>
    <message>
        <source>How people call the account</source>
        <translation>Nome pelo qual a conta é conhecida</translation>
    </message>
    <message>
        <source>Bank code: 001, 033, 077, 104, 237, 341, 748, 756</source>
        <translation>Código do banco: 001, 033, 077, 104, 237, 341, 748, 756</translation>
    </message>
    <message>
        <source>Agency (Sicoob: cooperativa), digits without DV</source>
        <translation>Agência (Sicoob: cooperativa), dígitos sem o DV</translation>
    </message>
    <message>
        <source>Agency check digit</source>
        <translation>Dígito verificador da agência</translation>
    </message>
    <message>
        <source>Account, digits without DV</source>
        <translation>Conta, dígitos sem o DV</translation>
    </message>
    <message>
        <source>Account check digit</source>
        <translation>Dígito verificador da conta</translation>
    </message>
    <message>
        <source>Carteira code</source>
        <translation>Código da carteira</translation>
    </message>
    <message>
        <source>Convênio / código do beneficiário / código do cliente</source>
        <translation>Convênio / código do beneficiário / código do cliente</translation>
    </message>
    <message>
        <source>Convênio check digit (Caixa)</source>
        <translation>Dígito verificador do convênio (Caixa)</translation>
    </message>
    <message>
        <source>Posto (Sicredi)</source>
        <translation>Posto (Sicredi)</translation>
    </message>
    <message>
        <source>Modalidade (Sicoob; BB 21)</source>
        <translation>Modalidade (Sicoob; BB 21)</translation>
    </message>
    <message>
        <source>Variação da carteira (BB)</source>
        <translation>Variação da carteira (BB)</translation>
    </message>
    <message>
        <source>Código da empresa (Bradesco) / código de transmissão (Santander)</source>
        <translation>Código da empresa (Bradesco) / código de transmissão (Santander)</translation>
    </message>
    <message>
        <source>Remessa layout: cnab240 or cnab400</source>
        <translation>Layout da remessa: cnab240 ou cnab400</translation>
    </message>
    <message>
        <source>Beneficiary name printed on the boleto</source>
        <translation>Nome do beneficiário impresso no boleto</translation>
    </message>
    <message>
        <source>Beneficiary CPF/CNPJ</source>
        <translation>CPF/CNPJ do beneficiário</translation>
    </message>
    <message>
        <source>PIX key for hybrid boletos (QR code)</source>
        <translation>Chave PIX para boletos híbridos (QR code)</translation>
    </message>
    <message>
        <source>cpf, cnpj, phone, email or random</source>
        <translation>cpf, cnpj, phone, email ou random</translation>
    </message>
    <message>
        <source>City in the PIX code</source>
        <translation>Cidade no código PIX</translation>
    </message>
    <message>
        <source>Juros de mora, % a month (1.00)</source>
        <translation>Juros de mora, % ao mês (1.00)</translation>
    </message>
    <message>
        <source>Multa, % (2.00)</source>
        <translation>Multa, % (2.00)</translation>
    </message>
    <message>
        <source>Extra instruction lines, separated by |</source>
        <translation>Linhas extras de instrução, separadas por |</translation>
    </message>
    <message>
        <source>Next nosso número sequence</source>
        <translation>Próximo sequencial do nosso número</translation>
    </message>
    <message>
        <source>Issue from this account when an order asks for a boleto</source>
        <translation>Emitir por esta conta quando um pedido solicitar boleto</translation>
    </message>
    <message>
        <source>Stop issuing from this account</source>
        <translation>Deixar de emitir por esta conta</translation>
    </message>
    <message>
        <source>Account id or name</source>
        <translation>ID ou nome da conta</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli bank-account add --name N --bank 341 --agency A --account C --account-dv D --carteira 109 --beneficiary NAME --document CNPJ [options]</source>
        <translation>Uso: retaguarda-cli bank-account add --name N --bank 341 --agency A --account C --account-dv D --carteira 109 --beneficiary NAME --document CNPJ [options]</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli bank-account set ACCOUNT [--option VALUE ...]</source>
        <translation>Uso: retaguarda-cli bank-account set ACCOUNT [--option VALUE ...]</translation>
    </message>
    <message>
        <source>--%1 is a percentage like 2.00, not &quot;%2&quot;.</source>
        <translation>--%1 deve ser um percentual como 2.00, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; saved (%2).</source>
        <translation>Conta &apos;%1&apos; salva (%2).</translation>
    </message>
    <message>
        <source>List the collection accounts (convênios)</source>
        <translation>Lista as contas de cobrança (convênios)</translation>
    </message>
    <message>
        <source>Add a collection account</source>
        <translation>Adiciona uma conta de cobrança</translation>
    </message>
    <message>
        <source>Change a collection account</source>
        <translation>Altera uma conta de cobrança</translation>
    </message>
    <message>
        <source>Collection account id or name</source>
        <translation>ID ou nome da conta de cobrança</translation>
    </message>
    <message>
        <source>Only these boletos (ids or nossos números, comma separated; default: every one waiting)</source>
        <translation>Somente estes boletos (IDs ou nossos números, separados por vírgula; padrão: todos os pendentes)</translation>
    </message>
    <message>
        <source>Remessa file to write</source>
        <translation>Arquivo de remessa a gravar</translation>
    </message>
    <message>
        <source>Show what the file would contain; write nothing and keep the NSA</source>
        <translation>Mostra o que o arquivo conteria; não grava nada e mantém o NSA</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli cnab remessa --account ID [--boletos ID,...] -o FILE [--dry-run] [--json]</source>
        <translation>Uso: retaguarda-cli cnab remessa --account ID [--boletos ID,...] -o FILE [--dry-run] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>Remessa %1 (NSA %2): %n title(s), %3, written to %4</source>
        <translation>
            <numerusform>Remessa %1 (NSA %2): %n título, %3, gravada em %4</numerusform>
            <numerusform>Remessa %1 (NSA %2): %n títulos, %3, gravada em %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the remessa file of a collection account (boletos to register or write off)</source>
        <translation>Gera o arquivo de remessa de uma conta de cobrança (boletos a registrar ou a baixar)</translation>
    </message>
    <message>
        <source>agency check digit</source>
        <translation>dígito verificador da agência</translation>
    </message>
    <message>
        <source>carteira variation</source>
        <translation>variação da carteira</translation>
    </message>
    <message>
        <source>transmission code</source>
        <translation>código de transmissão</translation>
    </message>
    <message>
        <source>This Banco do Brasil CNAB 400 layout (CBR641) is for convênios of 7 digits; &apos;%1&apos; is not one.</source>
        <translation>Este layout CNAB 400 do Banco do Brasil (CBR641) é para convênios de 7 dígitos; &apos;%1&apos; não é um deles.</translation>
    </message>
    <message>
        <source>The variação da carteira has 3 digits (e.g. 019); found &apos;%1&apos;.</source>
        <translation>A variação da carteira tem 3 dígitos (por exemplo 019); foi encontrado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Banco do Brasil carteiras have 2 digits (e.g. 17); found &apos;%1&apos;.</source>
        <translation>As carteiras do Banco do Brasil têm 2 dígitos (por exemplo 17); foi encontrado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Banco do Brasil protests 6 to 30, 35, 40 or 45 days after the due date, not %1.</source>
        <translation>O Banco do Brasil protesta de 6 a 30, 35, 40 ou 45 dias após o vencimento, não %1.</translation>
    </message>
    <message>
        <source>Banco do Brasil&apos;s CNAB 400 cannot register a PIX QR code; send the title without PIX or register it through the bank&apos;s API.</source>
        <translation>O CNAB 400 do Banco do Brasil não registra QR code PIX; envie o título sem PIX ou registre-o pela API do banco.</translation>
    </message>
    <message>
        <source>A Santander account has up to 9 digits and a one-digit DV; found &apos;%1-%2&apos;.</source>
        <translation>Uma conta Santander tem até 9 dígitos e um DV de um dígito; foi encontrado &apos;%1-%2&apos;.</translation>
    </message>
    <message>
        <source>Santander&apos;s CNAB 400 takes the fine as a percentage, not an amount.</source>
        <translation>O CNAB 400 do Santander recebe a multa como percentual, não como valor.</translation>
    </message>
    <message>
        <source>PIX payment type</source>
        <translation>tipo de pagamento PIX</translation>
    </message>
    <message>
        <source>PIX payment count</source>
        <translation>quantidade de pagamentos PIX</translation>
    </message>
    <message>
        <source>PIX limit kind</source>
        <translation>tipo de limite PIX</translation>
    </message>
    <message>
        <source>PIX maximum</source>
        <translation>valor máximo PIX</translation>
    </message>
    <message>
        <source>PIX maximum percentage</source>
        <translation>percentual máximo PIX</translation>
    </message>
    <message>
        <source>PIX minimum</source>
        <translation>valor mínimo PIX</translation>
    </message>
    <message>
        <source>PIX minimum percentage</source>
        <translation>percentual mínimo PIX</translation>
    </message>
    <message>
        <source>Bank %1 takes no remessa file from Retaguarda: register its boletos through the bank&apos;s own channel.</source>
        <translation>O banco %1 não recebe arquivo de remessa do Retaguarda: registre os boletos pelo canal do próprio banco.</translation>
    </message>
    <message>
        <source>Bank %1 accepts the remessa layouts %2, not &apos;%3&apos;.</source>
        <translation>O banco %1 aceita os layouts de remessa %2, não &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>There is no boleto %1.</source>
        <translation>O boleto %1 não existe.</translation>
    </message>
    <message>
        <source>No boleto has the id, nosso número or linha digitável &apos;%1&apos;.</source>
        <translation>Nenhum boleto tem o ID, nosso número ou linha digitável &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names boletos of more than one account; use the boleto&apos;s id (`boleto list --json`).</source>
        <translation>&apos;%1&apos; identifica boletos de mais de uma conta; use o ID do boleto (`boleto list --json`).</translation>
    </message>
    <message>
        <source>Say why the boleto is cancelled.</source>
        <translation>Informe o motivo do cancelamento do boleto.</translation>
    </message>
    <message>
        <source>Boleto %1 is %2; only an issued or registered boleto can be cancelled.</source>
        <translation>O boleto %1 está na situação %2; somente boletos emitidos ou registrados podem ser cancelados.</translation>
    </message>
    <message>
        <source>Someone else changed this boleto meanwhile; reload and try again.</source>
        <translation>Outra pessoa alterou este boleto enquanto isso; recarregue e tente novamente.</translation>
    </message>
    <message>
        <source>Boleto %1 cancelled: %2</source>
        <translation>Boleto %1 cancelado: %2</translation>
    </message>
    <message>
        <source>Boleto %1 cancelled, write-off requested from the bank: %2</source>
        <translation>Boleto %1 cancelado, baixa solicitada ao banco: %2</translation>
    </message>
    <message>
        <source>There is no collection account %1.</source>
        <translation>A conta de cobrança %1 não existe.</translation>
    </message>
    <message>
        <source>There is no collection account &apos;%1&apos;; `bank-account list` shows them.</source>
        <translation>A conta de cobrança &apos;%1&apos; não existe; `bank-account list` mostra as contas.</translation>
    </message>
    <message>
        <source>No collection account is configured: add the bank&apos;s convênio under Billing › Accounts.</source>
        <translation>Nenhuma conta de cobrança está configurada: cadastre o convênio do banco em Cobrança › Contas.</translation>
    </message>
    <message>
        <source>Several collection accounts are active and none is the default: mark one as default under Billing › Accounts.</source>
        <translation>Há várias contas de cobrança ativas e nenhuma é a padrão: marque uma como padrão em Cobrança › Contas.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Informe um nome para a conta.</translation>
    </message>
    <message>
        <source>The beneficiary name is required.</source>
        <translation>O nome do beneficiário é obrigatório.</translation>
    </message>
    <message>
        <source>The beneficiary CPF/CNPJ must have 11 or 14 digits; &apos;%1&apos; has %2.</source>
        <translation>O CPF/CNPJ do beneficiário deve ter 11 ou 14 dígitos; &apos;%1&apos; tem %2.</translation>
    </message>
    <message>
        <source>The remessa layout is cnab240 or cnab400.</source>
        <translation>O layout da remessa deve ser cnab240 ou cnab400.</translation>
    </message>
    <message>
        <source>The next nosso número sequence starts at 1.</source>
        <translation>O sequencial do próximo nosso número começa em 1.</translation>
    </message>
    <message>
        <source>Someone else changed the account &apos;%1&apos; meanwhile; reopen it and try again.</source>
        <translation>Outra pessoa alterou a conta &apos;%1&apos; enquanto isso; reabra-a e tente novamente.</translation>
    </message>
    <message>
        <source>These boletos have nothing to send to the bank (already registered, paid or cancelled before registration): %1.</source>
        <translation>Estes boletos não têm nada a enviar ao banco (já registrados, pagos ou cancelados antes do registro): %1.</translation>
    </message>
    <message>
        <source>No boleto of the account &apos;%1&apos; waits for a remessa.</source>
        <translation>Nenhum boleto da conta &apos;%1&apos; aguarda remessa.</translation>
    </message>
    <message>
        <source>Choose where to save the remessa file.</source>
        <translation>Escolha onde salvar o arquivo de remessa.</translation>
    </message>
    <message>
        <source>Could not write the remessa to %1: %2</source>
        <translation>Não foi possível gravar a remessa em %1: %2</translation>
    </message>
    <message>
        <source>Until %1 grant a discount of %2.</source>
        <translation>Até %1, conceder desconto de %2.</translation>
    </message>
    <message>
        <source>After %1 charge a fine of %2 (%3).</source>
        <translation>Após %1, cobrar multa de %2 (%3).</translation>
    </message>
    <message>
        <source>After %1 charge a fine of %2.</source>
        <translation>Após %1, cobrar multa de %2.</translation>
    </message>
    <message>
        <source>After %1 charge interest of %2 per day (%3 a month).</source>
        <translation>Após %1, cobrar juros de mora de %2 ao dia (%3 ao mês).</translation>
    </message>
    <message>
        <source>After %1 charge interest of %2 per day.</source>
        <translation>Após %1, cobrar juros de mora de %2 ao dia.</translation>
    </message>
    <message>
        <source>The number of installments must be between 1 and %1; %2 was given.</source>
        <translation>O número de parcelas deve estar entre 1 e %1; foi informado %2.</translation>
    </message>
    <message>
        <source>installment count</source>
        <translation>número de parcelas</translation>
    </message>
    <message>
        <source>Installments must be at least one month apart; %1 months was given.</source>
        <translation>As parcelas devem ter intervalo de pelo menos um mês; foram informados %1 meses.</translation>
    </message>
    <message>
        <source>installment interval</source>
        <translation>intervalo entre parcelas</translation>
    </message>
    <message>
        <source>The amount to split into installments must be positive; %1 was given.</source>
        <translation>O valor a parcelar deve ser positivo; foi informado %1.</translation>
    </message>
    <message>
        <source>installment total</source>
        <translation>total parcelado</translation>
    </message>
    <message>
        <source>%1 cannot be split into %2 installments of at least R$ 0,01 each.</source>
        <translation>%1 não pode ser dividido em %2 parcelas de pelo menos R$ 0,01 cada.</translation>
    </message>
    <message>
        <source>The first due date is missing or invalid.</source>
        <translation>O primeiro vencimento não foi informado ou é inválido.</translation>
    </message>
    <message>
        <source>first due date</source>
        <translation>primeiro vencimento</translation>
    </message>
    <message>
        <source>boleto %1</source>
        <translation>boleto %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>documento %1</translation>
    </message>
    <message>
        <source>The boleto barcode cannot be printed: %1</source>
        <translation>Não foi possível imprimir o código de barras do boleto: %1</translation>
    </message>
    <message>
        <source>The linha digitável does not match the barcode; issue the boleto again.</source>
        <translation>A linha digitável não corresponde ao código de barras; emita o boleto novamente.</translation>
    </message>
    <message>
        <source>Cannot draw the %1: %2</source>
        <translation>Não foi possível desenhar o %1: %2</translation>
    </message>
    <message>
        <source>Interleaved 2 of 5 barcode</source>
        <translation>código de barras Intercalado 2 de 5</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>Boleto not issued: %1</source>
        <translation>Boleto não emitido: %1</translation>
    </message>
    <message>
        <source>order cancelled</source>
        <translation>pedido cancelado</translation>
    </message>
    <message>
        <source>Boletos still open, cancel them in Billing: %1</source>
        <translation>Há boletos em aberto; cancele-os em Cobrança: %1</translation>
    </message>
    <message>
        <source>The %1 row %2 no longer exists.</source>
        <translation>O registro %2 da tabela %1 não existe mais.</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli billing demo</source>
        <translation>Uso: retaguarda-cli billing demo</translation>
    </message>
    <message numerus="yes">
        <source>Demo collection account created; %n boleto(s) issued.</source>
        <translation>
            <numerusform>Conta de cobrança de demonstração criada; %n boleto emitido.</numerusform>
            <numerusform>Conta de cobrança de demonstração criada; %n boletos emitidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo billing: a fictitious collection account and the boletos of orders awaiting payment (only when there is no account)</source>
        <translation>Cobrança de demonstração: uma conta de cobrança fictícia e os boletos dos pedidos aguardando pagamento (somente quando não há nenhuma conta)</translation>
    </message>
    <message>
        <source>The next nosso número must be above %1, the last one this account issued.</source>
        <translation>O próximo nosso número deve ser maior que %1, o último emitido por esta conta.</translation>
    </message>
    <message numerus="yes">
        <source>%n boleto(s) changed while the remessa was being written (cancelled, paid or sent by someone else); generate it again.</source>
        <translation>
            <numerusform>%n boleto mudou enquanto a remessa era gravada (cancelado, pago ou enviado por outra pessoa); gere-a novamente.</numerusform>
            <numerusform>%n boletos mudaram enquanto a remessa era gravada (cancelados, pagos ou enviados por outra pessoa); gere-a novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The row to change no longer exists.</source>
        <translation>O registro a alterar não existe mais.</translation>
    </message>
    <message>
        <source>Also write the QR code as a PNG image</source>
        <translation>Grava também o QR code como imagem PNG</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli pix encode (--key K | --url U) --name N --city C [--amount 12.34] [--txid T] [--description TEXT] [--postal-code CEP] [--qr FILE.png] [--json]</source>
        <translation>Uso: retaguarda-cli pix encode (--key K | --url U) --name N --city C [--amount 12,34] [--txid T] [--description TEXTO] [--postal-code CEP] [--qr ARQUIVO.png] [--json]</translation>
    </message>
    <message>
        <source>Could not write the QR code to %1: %2</source>
        <translation>Não foi possível gravar o QR code em %1: %2</translation>
    </message>
    <message>
        <source>Boletos changed while the remessa was being written (issued, cancelled or sent by someone else); generate it again.</source>
        <translation>Boletos mudaram enquanto a remessa era gravada (emitidos, cancelados ou enviados por outra pessoa); gere-a novamente.</translation>
    </message>
    <message>
        <source>%1&apos;s CNAB 400 cannot register a PIX QR code; send the title without PIX.</source>
        <translation>O CNAB 400 do %1 não registra QR code PIX; envie o título sem PIX.</translation>
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
    <name>EmailCommands</name>
    <message>
        <source>No e-mail server is configured. Run: retaguarda-cli email settings --url smtps://HOST:465 --from ADDRESS [--username USER] &lt; password</source>
        <translation>Nenhum servidor de e-mail está configurado. Execute: retaguarda-cli email settings --url smtps://HOST:465 --from ADDRESS [--username USER] &lt; senha</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli email send [--json]</source>
        <translation>Uso: retaguarda-cli email send [--json]</translation>
    </message>
    <message>
        <source>Sent: %1, to retry: %2, given up: %3</source>
        <translation>Enviados: %1, para nova tentativa: %2, abandonados: %3</translation>
    </message>
    <message>
        <source>queued, sent or failed.</source>
        <translation>queued, sent ou failed.</translation>
    </message>
    <message>
        <source>At most this many, newest first (default 100).</source>
        <translation>No máximo esta quantidade, dos mais recentes para os mais antigos (padrão 100).</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli email list [--status queued|sent|failed] [--limit N] [--json]</source>
        <translation>Uso: retaguarda-cli email list [--status queued|sent|failed] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>smtps://HOST:465 (TLS) or smtp://HOST:587 (STARTTLS).</source>
        <translation>smtps://HOST:465 (TLS) ou smtp://HOST:587 (STARTTLS).</translation>
    </message>
    <message>
        <source>Sender, e.g. &quot;Loja &lt;contato@loja.com.br&gt;&quot;.</source>
        <translation>Remetente, por exemplo &quot;Loja &lt;contato@loja.com.br&gt;&quot;.</translation>
    </message>
    <message>
        <source>SMTP user; its password is read from stdin.</source>
        <translation>Usuário SMTP; a senha é lida da entrada padrão (stdin).</translation>
    </message>
    <message>
        <source>CA certificate (PEM) of a server with a private certificate.</source>
        <translation>Certificado da CA (PEM) de um servidor com certificado privado.</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli email settings --url URL --from ADDRESS [--username USER] [--ca-file PATH] &lt; password</source>
        <translation>Uso: retaguarda-cli email settings --url URL --from ADDRESS [--username USER] [--ca-file PATH] &lt; senha</translation>
    </message>
    <message>
        <source>E-mail settings saved: %1 as %2.</source>
        <translation>Configurações de e-mail salvas: %1 como %2.</translation>
    </message>
    <message>
        <source>Recipient (default: the sender address).</source>
        <translation>Destinatário (padrão: o endereço do remetente).</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli email test [--to ADDRESS]</source>
        <translation>Uso: retaguarda-cli email test [--to ADDRESS]</translation>
    </message>
    <message>
        <source>Retaguarda: test e-mail</source>
        <translation>Retaguarda: e-mail de teste</translation>
    </message>
    <message>
        <source>This message confirms that Retaguarda can send e-mail through %1.</source>
        <translation>Esta mensagem confirma que o Retaguarda consegue enviar e-mails por %1.</translation>
    </message>
    <message>
        <source>Test e-mail sent to %1.</source>
        <translation>E-mail de teste enviado para %1.</translation>
    </message>
    <message>
        <source>Send the e-mails that are due now (exit 1 when any failed)</source>
        <translation>Envia os e-mails com envio previsto para agora (código de saída 1 se algum falhar)</translation>
    </message>
    <message>
        <source>List queued, sent and failed e-mails</source>
        <translation>Lista os e-mails na fila, enviados e com falha</translation>
    </message>
    <message>
        <source>Set the e-mail (SMTP) server; the password is read from stdin</source>
        <translation>Configura o servidor de e-mail (SMTP); a senha é lida da entrada padrão (stdin)</translation>
    </message>
    <message>
        <source>Send a test e-mail through the configured server</source>
        <translation>Envia um e-mail de teste pelo servidor configurado</translation>
    </message>
</context>
<context>
    <name>EmailQueue</name>
    <message>
        <source>The order %1 does not exist.</source>
        <translation>O pedido %1 não existe.</translation>
    </message>
    <message>
        <source>E-mail &apos;%1&apos; not sent: the customer has no e-mail address.</source>
        <translation>E-mail &apos;%1&apos; não enviado: o cliente não tem endereço de e-mail.</translation>
    </message>
    <message>
        <source>E-mail &apos;%1&apos; not sent: the customer&apos;s e-mail address &quot;%2&quot; is not valid.</source>
        <translation>E-mail &apos;%1&apos; não enviado: o endereço de e-mail do cliente, &quot;%2&quot;, não é válido.</translation>
    </message>
    <message>
        <source>E-mail &apos;%1&apos; sent to %2.</source>
        <translation>E-mail &apos;%1&apos; enviado para %2.</translation>
    </message>
    <message>
        <source>E-mail &apos;%1&apos; to %2 failed %3 times and was given up: %4</source>
        <translation>O e-mail &apos;%1&apos; para %2 falhou %3 vezes e foi abandonado: %4</translation>
    </message>
    <message>
        <source>E-mail &apos;%1&apos; to %2 failed (attempt %3 of %4): %5 Next attempt at %6.</source>
        <translation>O e-mail &apos;%1&apos; para %2 falhou (tentativa %3 de %4): %5 Próxima tentativa em %6.</translation>
    </message>
    <message>
        <source>send_email needs a template name, e.g. send_email:pagamento_confirmado.</source>
        <translation>send_email precisa do nome de um modelo, por exemplo send_email:pagamento_confirmado.</translation>
    </message>
</context>
<context>
    <name>EmailTemplates</name>
    <message>
        <source>The e-mail template %1 uses the unknown placeholder %2. Known placeholders: %3.</source>
        <translation>O modelo de e-mail %1 usa o marcador desconhecido %2. Marcadores conhecidos: %3.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, linha %2</translation>
    </message>
    <message>
        <source>Order received</source>
        <translation>Pedido recebido</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Pagamento confirmado</translation>
    </message>
    <message>
        <source>Order being picked</source>
        <translation>Pedido em separação</translation>
    </message>
    <message>
        <source>Order shipped</source>
        <translation>Pedido enviado</translation>
    </message>
    <message>
        <source>Order delivered</source>
        <translation>Pedido entregue</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Pedido cancelado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail template name: use lowercase letters, digits and _ (e.g. send_email:pagamento_confirmado).</source>
        <translation>&quot;%1&quot; não é um nome de modelo de e-mail: use letras minúsculas, dígitos e _ (por exemplo send_email:pagamento_confirmado).</translation>
    </message>
    <message>
        <source>The e-mail template %1 cannot be read: %2</source>
        <translation>Não foi possível ler o modelo de e-mail %1: %2</translation>
    </message>
    <message>
        <source>There is no e-mail template %1: add %2 to the data folder or use one of: %3.</source>
        <translation>Não existe o modelo de e-mail %1: adicione %2 à pasta de dados ou use um destes: %3.</translation>
    </message>
    <message>
        <source>The e-mail template %1 must start with a line &quot;Subject: ...&quot;.</source>
        <translation>O modelo de e-mail %1 deve começar com uma linha &quot;Subject: ...&quot;.</translation>
    </message>
    <message>
        <source>The e-mail template %1 needs a blank line between the subject and the body.</source>
        <translation>O modelo de e-mail %1 precisa de uma linha em branco entre o assunto e o corpo.</translation>
    </message>
    <message>
        <source>The e-mail template %1 has no text after the subject.</source>
        <translation>O modelo de e-mail %1 não tem texto depois do assunto.</translation>
    </message>
    <message>
        <source>The e-mail template %1 uses the unknown placeholder %2.</source>
        <translation>O modelo de e-mail %1 usa o marcador desconhecido %2.</translation>
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
    <name>OrderCreateCommand</name>
    <message>
        <source>Channel code (a store, representative, franchise or telesales channel).</source>
        <translation>Código do canal (um canal de loja física, representante, franquia ou televendas).</translation>
    </message>
    <message>
        <source>The customer&apos;s CPF or CNPJ.</source>
        <translation>CPF ou CNPJ do cliente.</translation>
    </message>
    <message>
        <source>Creates the customer with this name when the document is not registered.</source>
        <translation>Cadastra o cliente com este nome quando o documento não estiver cadastrado.</translation>
    </message>
    <message>
        <source>New customer&apos;s e-mail.</source>
        <translation>E-mail do novo cliente.</translation>
    </message>
    <message>
        <source>New customer&apos;s phone with area code.</source>
        <translation>Telefone do novo cliente, com DDD.</translation>
    </message>
    <message>
        <source>New customer&apos;s CEP.</source>
        <translation>CEP do novo cliente.</translation>
    </message>
    <message>
        <source>New customer&apos;s street.</source>
        <translation>Logradouro do novo cliente.</translation>
    </message>
    <message>
        <source>New customer&apos;s house number.</source>
        <translation>Número do endereço do novo cliente.</translation>
    </message>
    <message>
        <source>New customer&apos;s address complement.</source>
        <translation>Complemento do endereço do novo cliente.</translation>
    </message>
    <message>
        <source>New customer&apos;s district (bairro).</source>
        <translation>Bairro do novo cliente.</translation>
    </message>
    <message>
        <source>New customer&apos;s city.</source>
        <translation>Cidade do novo cliente.</translation>
    </message>
    <message>
        <source>New customer&apos;s state (UF).</source>
        <translation>UF do novo cliente.</translation>
    </message>
    <message>
        <source>A product by SKU or EAN, the quantity and optionally the unit price (repeatable).</source>
        <translation>Um produto por SKU ou EAN, a quantidade e, opcionalmente, o preço unitário (pode ser repetido).</translation>
    </message>
    <message>
        <source>Payment method: pix, boleto, credit_card, debit_card or cash.</source>
        <translation>Forma de pagamento: pix, boleto, credit_card, debit_card ou cash.</translation>
    </message>
    <message>
        <source>Credit card installments (1 to 12).</source>
        <translation>Parcelas no cartão de crédito (1 a 12).</translation>
    </message>
    <message>
        <source>Freight, e.g. 12,50.</source>
        <translation>Frete, por exemplo 12,50.</translation>
    </message>
    <message>
        <source>Notes on the order.</source>
        <translation>Observações do pedido.</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli orders create --channel CODE --customer CPF_OR_CNPJ [--new-customer-name NAME --email E --phone P --cep C --street S --number N --district D --city C --state UF] --item SKU:QTY[:PRICE] ... --payment pix|boleto|credit_card|debit_card|cash [--installments N] [--freight 12,50] [--notes TEXT] [--json]</source>
        <translation>Uso: retaguarda-cli orders create --channel CODE --customer CPF_OR_CNPJ [--new-customer-name NAME --email E --phone P --cep C --street S --number N --district D --city C --state UF] --item SKU:QTY[:PRICE] ... --payment pix|boleto|credit_card|debit_card|cash [--installments N] [--freight 12,50] [--notes TEXT] [--json]</translation>
    </message>
    <message>
        <source>This option is required.
%1</source>
        <translation>Esta opção é obrigatória.
%1</translation>
    </message>
    <message>
        <source>There is no channel with the code %1.</source>
        <translation>Não existe canal com o código %1.</translation>
    </message>
    <message>
        <source>%1 is already registered, as %2: the order goes to that customer and the new customer options are ignored.</source>
        <translation>%1 já está cadastrado, como %2: o pedido vai para esse cliente e as opções de novo cliente são ignoradas.</translation>
    </message>
    <message>
        <source>No customer has the document %1; pass --new-customer-name and the address to create one.</source>
        <translation>Nenhum cliente tem o documento %1; informe --new-customer-name e o endereço para cadastrar um.</translation>
    </message>
    <message>
        <source>Write an item as SKU:QUANTITY or SKU:QUANTITY:PRICE, e.g. SUP-10001:2:19,90.</source>
        <translation>Escreva um item como SKU:QUANTIDADE ou SKU:QUANTIDADE:PREÇO, por exemplo SUP-10001:2:19,90.</translation>
    </message>
    <message>
        <source>No product on sale has the SKU or EAN %1.</source>
        <translation>Nenhum produto à venda tem o SKU ou EAN %1.</translation>
    </message>
    <message>
        <source>Installments go from 1 to %1.</source>
        <translation>As parcelas vão de 1 a %1.</translation>
    </message>
    <message>
        <source>Order %1 created, total %2.</source>
        <translation>Pedido %1 criado, total %2.</translation>
    </message>
</context>
<context>
    <name>OrderDetailSections</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>CNPJ:</source>
        <translation>CNPJ:</translation>
    </message>
    <message>
        <source>CPF:</source>
        <translation>CPF:</translation>
    </message>
    <message>
        <source>hidden for your role (LGPD)</source>
        <translation>oculto para o seu perfil (LGPD)</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Celular:</translation>
    </message>
    <message>
        <source>Addresses (%1)</source>
        <translation>Endereços (%1)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>ships to this address</source>
        <translation>endereço de entrega</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Destinatário: %1</translation>
    </message>
    <message>
        <source>The customer has no address on file.</source>
        <translation>O cliente não tem endereço cadastrado.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Entrega:</translation>
    </message>
    <message>
        <source>Picked up at the store</source>
        <translation>Retirada na loja</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Transportadora:</translation>
    </message>
    <message>
        <source>Tracking code:</source>
        <translation>Código de rastreio:</translation>
    </message>
    <message>
        <source>not shipped yet</source>
        <translation>ainda não enviado</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>Entregar em:</translation>
    </message>
    <message>
        <source>Placed:</source>
        <translation>Data do pedido:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Pago em:</translation>
    </message>
    <message>
        <source>Shipped:</source>
        <translation>Enviado em:</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>Entregue em:</translation>
    </message>
    <message>
        <source>Cancelled:</source>
        <translation>Cancelado em:</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>Channel&apos;s id:</source>
        <translation>ID no canal:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Pagamento:</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n installment(s)</source>
        <translation>
            <numerusform>%1 em %n parcela</numerusform>
            <numerusform>%1 em %n parcelas</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment status:</source>
        <translation>Situação do pagamento:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Customer&apos;s note:</source>
        <translation>Observação do cliente:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Última alteração:</translation>
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
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&quot;Preço de&quot;: the list price when the order was placed</source>
        <translation>&quot;Preço de&quot;: o preço de tabela quando o pedido foi feito</translation>
    </message>
    <message>
        <source>&quot;Preço por&quot;: the price the customer paid per unit</source>
        <translation>&quot;Preço por&quot;: o preço unitário que o cliente pagou</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Itens:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Desconto:</translation>
    </message>
    <message>
        <source>Freight:</source>
        <translation>Frete:</translation>
    </message>
    <message>
        <source>free</source>
        <translation>grátis</translation>
    </message>
    <message>
        <source>No payment transaction recorded. Boleto payments arrive with the bank&apos;s return file.</source>
        <translation>Nenhuma transação de pagamento registrada. Os pagamentos por boleto chegam com o arquivo de retorno do banco.</translation>
    </message>
    <message>
        <source>No payment transaction recorded for this order.</source>
        <translation>Nenhuma transação de pagamento registrada para este pedido.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Cartão:</translation>
    </message>
    <message>
        <source>Installments:</source>
        <translation>Parcelas:</translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s) of %1</source>
        <translation>
            <numerusform>%n parcela de %1</numerusform>
            <numerusform>%n parcelas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Acquirer:</source>
        <translation>Adquirente:</translation>
    </message>
    <message>
        <source>PSP:</source>
        <translation>PSP:</translation>
    </message>
    <message>
        <source>NSU:</source>
        <translation>NSU:</translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation>Autorização:</translation>
    </message>
    <message>
        <source>Acquirer reference:</source>
        <translation>Referência da adquirente:</translation>
    </message>
    <message>
        <source>PIX txid:</source>
        <translation>txid do PIX:</translation>
    </message>
    <message>
        <source>PIX end-to-end id:</source>
        <translation>ID end-to-end do PIX:</translation>
    </message>
    <message>
        <source>No risk analysis. Card payments are analysed by the anti-fraud provider when the order arrives.</source>
        <translation>Nenhuma análise de risco. Os pagamentos com cartão são analisados pelo serviço antifraude quando o pedido chega.</translation>
    </message>
    <message>
        <source>Manual review · %1</source>
        <translation>Análise manual · %1</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisão:</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>0 is safe, 100 is fraud</source>
        <translation>0 é seguro, 100 é fraude</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Pontuação:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Analista:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Provider&apos;s response</source>
        <translation>Resposta do provedor</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>No internal notes yet. Notes are for the team: customers never see them.</source>
        <translation>Ainda não há observações internas. As observações são para a equipe: os clientes nunca as veem.</translation>
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
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
</context>
<context>
    <name>OrderDraft</name>
    <message>
        <source>Choose whether the customer is a person or a company.</source>
        <translation>Escolha se o cliente é pessoa física ou jurídica.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name.</source>
        <translation>Informe o nome do cliente.</translation>
    </message>
    <message>
        <source>The name is too long (at most 150 characters).</source>
        <translation>O nome é longo demais (no máximo 150 caracteres).</translation>
    </message>
    <message>
        <source>Type the company&apos;s CNPJ.</source>
        <translation>Informe o CNPJ da empresa.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s CPF or CNPJ.</source>
        <translation>Informe o CPF ou CNPJ do cliente.</translation>
    </message>
    <message>
        <source>This is a CNPJ: a person has a CPF. Choose company for a CNPJ.</source>
        <translation>Isto é um CNPJ: pessoa física tem CPF. Escolha pessoa jurídica para um CNPJ.</translation>
    </message>
    <message>
        <source>This is a CPF: a company has a CNPJ. Choose person for a CPF.</source>
        <translation>Isto é um CPF: pessoa jurídica tem CNPJ. Escolha pessoa física para um CPF.</translation>
    </message>
    <message>
        <source>Type an e-mail address like nome@exemplo.com.br.</source>
        <translation>Informe um endereço de e-mail como nome@exemplo.com.br.</translation>
    </message>
    <message>
        <source>Type the phone with its area code, e.g. (11) 98765-4321.</source>
        <translation>Informe o telefone com DDD, por exemplo (11) 98765-4321.</translation>
    </message>
    <message>
        <source>Type the CEP.</source>
        <translation>Informe o CEP.</translation>
    </message>
    <message>
        <source>Type the street.</source>
        <translation>Informe o logradouro.</translation>
    </message>
    <message>
        <source>Type the number (or &quot;s/n&quot;).</source>
        <translation>Informe o número (ou &quot;s/n&quot;).</translation>
    </message>
    <message>
        <source>Type the district (bairro).</source>
        <translation>Informe o bairro.</translation>
    </message>
    <message>
        <source>Type the city.</source>
        <translation>Informe a cidade.</translation>
    </message>
    <message>
        <source>Type the state (UF).</source>
        <translation>Informe a UF.</translation>
    </message>
    <message>
        <source>%1 is not a Brazilian state (UF).</source>
        <translation>%1 não é uma UF do Brasil.</translation>
    </message>
    <message>
        <source>No state has the CEP %1; please check it.</source>
        <translation>Nenhuma UF tem o CEP %1; verifique-o.</translation>
    </message>
    <message>
        <source>The CEP %1 belongs to %2, not %3.</source>
        <translation>O CEP %1 pertence a %2, não a %3.</translation>
    </message>
    <message>
        <source>Line %1: choose a product.</source>
        <translation>Linha %1: escolha um produto.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation>Linha %1: a quantidade deve ser pelo menos 1.</translation>
    </message>
    <message>
        <source>Line %1: the quantity cannot exceed %2.</source>
        <translation>Linha %1: a quantidade não pode passar de %2.</translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation>Linha %1: o preço não pode ser negativo.</translation>
    </message>
    <message>
        <source>Line %1: the discount cannot be negative.</source>
        <translation>Linha %1: o desconto não pode ser negativo.</translation>
    </message>
    <message>
        <source>Line %1: the discount (%2) cannot exceed the line&apos;s value (%3).</source>
        <translation>Linha %1: o desconto (%2) não pode ser maior que o valor da linha (%3).</translation>
    </message>
    <message>
        <source>Choose the sales channel.</source>
        <translation>Escolha o canal de venda.</translation>
    </message>
    <message>
        <source>Orders of %1 channels come from their connectors; choose a store, representative, franchise or telesales channel.</source>
        <translation>Os pedidos de canais do tipo %1 chegam pelos seus conectores; escolha um canal de loja física, representante, franquia ou televendas.</translation>
    </message>
    <message>
        <source>Choose a customer, or create a new one.</source>
        <translation>Escolha um cliente ou cadastre um novo.</translation>
    </message>
    <message>
        <source>Add at least one product.</source>
        <translation>Adicione pelo menos um produto.</translation>
    </message>
    <message>
        <source>The freight cannot be negative.</source>
        <translation>O frete não pode ser negativo.</translation>
    </message>
    <message>
        <source>Choose the payment method.</source>
        <translation>Escolha a forma de pagamento.</translation>
    </message>
    <message>
        <source>%1 is not a payment method.</source>
        <translation>%1 não é uma forma de pagamento.</translation>
    </message>
    <message>
        <source>Installments go from 1 to %1.</source>
        <translation>As parcelas vão de 1 a %1.</translation>
    </message>
    <message>
        <source>Only credit card payments can be split into installments.</source>
        <translation>Somente pagamentos com cartão de crédito podem ser parcelados.</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>As observações são longas demais (no máximo %1 caracteres).</translation>
    </message>
</context>
<context>
    <name>OrderEntryService</name>
    <message>
        <source>The chosen channel no longer exists; choose another.</source>
        <translation>O canal escolhido não existe mais; escolha outro.</translation>
    </message>
    <message>
        <source>Line %1: %2 is no longer sold; remove the line.</source>
        <translation>Linha %1: %2 não é mais vendido; remova a linha.</translation>
    </message>
    <message>
        <source>The chosen customer no longer exists; search again.</source>
        <translation>O cliente escolhido não existe mais; pesquise novamente.</translation>
    </message>
    <message>
        <source>Entered by %1 (%2)</source>
        <translation>Lançado por %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is already registered, as %2; search for that customer instead.</source>
        <translation>%1 já está cadastrado, como %2; pesquise esse cliente.</translation>
    </message>
</context>
<context>
    <name>OrderExporter</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation>Não foi possível criar o arquivo: %1</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Não foi possível salvar o arquivo: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Não foi possível gravar o arquivo: %1</translation>
    </message>
    <message>
        <source>The spreadsheet could not be started.</source>
        <translation>Não foi possível iniciar a planilha.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>A spreadsheet holds at most %1 orders. Narrow the filter or export CSV.</source>
        <translation>Uma planilha comporta no máximo %1 pedidos. Restrinja o filtro ou exporte em CSV.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: %1</source>
        <translation>Não foi possível gravar a planilha: %1</translation>
    </message>
    <message>
        <source>The spreadsheet could not be saved: %1</source>
        <translation>Não foi possível salvar a planilha: %1</translation>
    </message>
    <message>
        <source>The existing file could not be replaced; is it open in another program?</source>
        <translation>Não foi possível substituir o arquivo existente; ele está aberto em outro programa?</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>Não foi possível salvar o arquivo.</translation>
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
    <message>
        <source>Choose a file to export to.</source>
        <translation>Escolha um arquivo para exportar.</translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation>Escolha pelo menos uma coluna para exportar.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>A exportação foi cancelada; nenhum arquivo foi gravado.</translation>
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
    <message>
        <source>Write the note first.</source>
        <translation>Escreva a observação primeiro.</translation>
    </message>
    <message>
        <source>A note holds at most %1 characters; this one has %2.</source>
        <translation>Uma observação tem no máximo %1 caracteres; esta tem %2.</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>O pedido não existe mais.</translation>
    </message>
    <message>
        <source>Name the risk analysis provider (ClearSale, Konduto ...).</source>
        <translation>Informe o provedor de análise de risco (ClearSale, Konduto ...).</translation>
    </message>
    <message>
        <source>A risk score goes from 0 to 100, not %1.</source>
        <translation>A pontuação de risco vai de 0 a 100, não %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s response is not valid JSON: %1.</source>
        <translation>A resposta do provedor não é um JSON válido: %1.</translation>
    </message>
    <message>
        <source>A manual review approves or denies the payment.</source>
        <translation>Uma análise manual aprova ou recusa o pagamento.</translation>
    </message>
    <message>
        <source>Write why you approve or deny this payment.</source>
        <translation>Escreva por que você aprova ou recusa este pagamento.</translation>
    </message>
    <message>
        <source>A risk decision is approve, review or deny, not &quot;%1&quot;.</source>
        <translation>Uma decisão de risco é approve, review ou deny, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Order %1 is &quot;%2&quot;, not waiting for a risk decision; reload it.</source>
        <translation>O pedido %1 está &quot;%2&quot; e não aguarda uma decisão de risco; recarregue-o.</translation>
    </message>
    <message>
        <source>The workflow offers no way to %1 order %2 from &quot;%3&quot;.</source>
        <translation>O fluxo de trabalho não permite %1 o pedido %2 a partir de &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>aprovar</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>recusar</translation>
    </message>
    <message>
        <source>This text holds what looks like a card number; never store a card number (keep only the brand and the last four digits).</source>
        <translation>Este texto contém o que parece ser um número de cartão; nunca guarde números de cartão (guarde apenas a bandeira e os quatro últimos dígitos).</translation>
    </message>
    <message>
        <source>Order created as &quot;%1&quot;</source>
        <translation>Pedido criado como &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Observação interna</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Estoque</translation>
    </message>
    <message>
        <source>Shipping label</source>
        <translation>Etiqueta de envio</translation>
    </message>
    <message>
        <source>Held for manual risk review</source>
        <translation>Retido para análise manual de risco</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>NSU %1</source>
        <translation>NSU %1</translation>
    </message>
    <message>
        <source>E2E %1</source>
        <translation>E2E %1</translation>
    </message>
    <message>
        <source>txid %1</source>
        <translation>txid %1</translation>
    </message>
    <message>
        <source>Manual risk review: %1</source>
        <translation>Análise manual de risco: %1</translation>
    </message>
    <message>
        <source>Risk analysis %1: score %2, %3</source>
        <translation>Análise de risco %1: pontuação %2, %3</translation>
    </message>
    <message>
        <source>Risk analysis %1: %2</source>
        <translation>Análise de risco %1: %2</translation>
    </message>
    <message>
        <source>E-mail queued to %1</source>
        <translation>E-mail na fila para %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>authorized</source>
        <translation>autorizado</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>capturado</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>estornado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requer análise</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Recusado</translation>
    </message>
</context>
<context>
    <name>OrdersModule</name>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
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
    <message>
        <source>Risk review</source>
        <translation>Análise de risco</translation>
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
    <name>Tr</name>
    <message>
        <source>Enter an order for a store, representative, franchise or telesales channel</source>
        <translation>Lança um pedido de um canal de loja física, representante, franquia ou televendas</translation>
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
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail enviado.</numerusform>
            <numerusform>%n e-mails enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent, %1 failed (retried later).</source>
        <translation>
            <numerusform>%n e-mail enviado, %1 com falha (nova tentativa mais tarde).</numerusform>
            <numerusform>%n e-mails enviados, %1 com falha (nova tentativa mais tarde).</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail not sent: %1</source>
        <translation>E-mail não enviado: %1</translation>
    </message>
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
        <source>E-mail (SMTP)</source>
        <translation>E-mail (SMTP)</translation>
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
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>empty when the server needs no login</source>
        <translation>vazio quando o servidor não exige login</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>inalterada (guardada no chaveiro)</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Remetente:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificado da CA:</translation>
    </message>
    <message>
        <source>only for a server with a private certificate</source>
        <translation>somente para servidor com certificado privado</translation>
    </message>
    <message>
        <source>Customers get e-mails as their orders move on (order received, payment confirmed, shipped...). TLS is always used and the server certificate always checked: smtps:// (port 465) or smtp:// with STARTTLS (port 587). The password is kept in the system keychain.</source>
        <translation>Os clientes recebem e-mails conforme os pedidos avançam (pedido recebido, pagamento confirmado, enviado...). O TLS é sempre usado e o certificado do servidor é sempre verificado: smtps:// (porta 465) ou smtp:// com STARTTLS (porta 587). A senha é guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Enviar e-mail de teste</translation>
    </message>
    <message>
        <source>Only an administrator may change the e-mail server.</source>
        <translation>Somente um administrador pode alterar o servidor de e-mail.</translation>
    </message>
    <message>
        <source>Retaguarda: test e-mail</source>
        <translation>Retaguarda: e-mail de teste</translation>
    </message>
    <message>
        <source>This message confirms that Retaguarda can send e-mail through %1.

Customers get their order e-mails from this address.</source>
        <translation>Esta mensagem confirma que o Retaguarda consegue enviar e-mails por %1.

Os clientes recebem os e-mails dos pedidos a partir deste endereço.</translation>
    </message>
    <message>
        <source>Sending a test e-mail to %1…</source>
        <translation>Enviando um e-mail de teste para %1…</translation>
    </message>
    <message>
        <source>Enter the password: none is stored for %1 yet.</source>
        <translation>Informe a senha: ainda não há nenhuma guardada para %1.</translation>
    </message>
    <message>
        <source>Test e-mail sent to %1. Check that it arrived.</source>
        <translation>E-mail de teste enviado para %1. Verifique se ele chegou.</translation>
    </message>
    <message>
        <source>CA certificate of the e-mail server</source>
        <translation>Certificado da CA do servidor de e-mail</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
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
    <name>billing::BankAccountsDialog</name>
    <message>
        <source>Issue order boletos from this account</source>
        <translation>Emitir os boletos dos pedidos por esta conta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Collection accounts</source>
        <translation>Contas de cobrança</translation>
    </message>
    <message>
        <source>CNPJ</source>
        <translation>CNPJ</translation>
    </message>
    <message>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Random key</source>
        <translation>Chave aleatória</translation>
    </message>
    <message>
        <source>Juros de mora per month; printed per day on the boleto</source>
        <translation>Juros de mora ao mês; impressos por dia no boleto</translation>
    </message>
    <message>
        <source>The next nosso número; only ever raise it (the bank refuses a number used before)</source>
        <translation>O próximo nosso número; apenas aumente-o (o banco recusa um número já usado)</translation>
    </message>
    <message>
        <source>Extra lines for the Instruções box, one per line</source>
        <translation>Linhas extras para o campo Instruções, uma por linha</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Banco:</translation>
    </message>
    <message>
        <source>A&amp;gency / DV:</source>
        <translation>A&amp;gência / DV:</translation>
    </message>
    <message>
        <source>Acc&amp;ount / DV:</source>
        <translation>C&amp;onta / DV:</translation>
    </message>
    <message>
        <source>&amp;Carteira:</source>
        <translation>&amp;Carteira:</translation>
    </message>
    <message>
        <source>Con&amp;vênio / DV:</source>
        <translation>Con&amp;vênio / DV:</translation>
    </message>
    <message>
        <source>Posto (Sicredi):</source>
        <translation>Posto (Sicredi):</translation>
    </message>
    <message>
        <source>Modalidade:</source>
        <translation>Modalidade:</translation>
    </message>
    <message>
        <source>Variação (BB):</source>
        <translation>Variação (BB):</translation>
    </message>
    <message>
        <source>Remessa code:</source>
        <translation>Código de remessa:</translation>
    </message>
    <message>
        <source>Remessa &amp;layout:</source>
        <translation>&amp;Layout da remessa:</translation>
    </message>
    <message>
        <source>Beneficiary &amp;name:</source>
        <translation>Nome do bene&amp;ficiário:</translation>
    </message>
    <message>
        <source>Beneficiary CPF/CN&amp;PJ:</source>
        <translation>CPF/CN&amp;PJ do beneficiário:</translation>
    </message>
    <message>
        <source>PIX key (hybrid boleto):</source>
        <translation>Chave PIX (boleto híbrido):</translation>
    </message>
    <message>
        <source>PIX city:</source>
        <translation>Cidade (PIX):</translation>
    </message>
    <message>
        <source>&amp;Interest per month:</source>
        <translation>&amp;Juros ao mês:</translation>
    </message>
    <message>
        <source>&amp;Fine:</source>
        <translation>&amp;Multa:</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instruções:</translation>
    </message>
    <message>
        <source>Next nosso número:</source>
        <translation>Próximo nosso número:</translation>
    </message>
    <message>
        <source>Bradesco: código da empresa; Santander: código de transmissão</source>
        <translation>Bradesco: código da empresa; Santander: código de transmissão</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>Nova con&amp;ta</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (padrão)</translation>
    </message>
    <message>
        <source>none (the bank registers through its API)</source>
        <translation>nenhum (o banco registra pela API)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>billing::BillingWidget</name>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Emitir…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Salvar &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Cancel boleto…</source>
        <translation>&amp;Cancelar boleto…</translation>
    </message>
    <message>
        <source>Generate &amp;remessa…</source>
        <translation>Gerar &amp;remessa…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>C&amp;ontas…</translation>
    </message>
    <message>
        <source>Nosso número, linha digitável, order, CPF/CNPJ or payer</source>
        <translation>Nosso número, linha digitável, pedido, CPF/CNPJ ou pagador</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>Issue the boletos of an order</source>
        <translation>Emitir os boletos de um pedido</translation>
    </message>
    <message>
        <source>Write the file that registers the selected boletos at the bank (all waiting ones when none is selected)</source>
        <translation>Gerar o arquivo que registra no banco os boletos selecionados (todos os pendentes, se nenhum estiver selecionado)</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas as contas</translation>
    </message>
    <message numerus="yes">
        <source>The first %n boleto(s) by due date, %1; narrow the search to see others.</source>
        <translation>
            <numerusform>%n boleto, o primeiro por vencimento, %1; refine a busca para ver os demais.</numerusform>
            <numerusform>Os primeiros %n boletos por vencimento, %1; refine a busca para ver os demais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boleto(s), %1</source>
        <translation>
            <numerusform>%n boleto, %1</numerusform>
            <numerusform>%n boletos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print boletos</source>
        <translation>Imprimir boletos</translation>
    </message>
    <message numerus="yes">
        <source>Print %n boleto(s)</source>
        <translation>
            <numerusform>Imprimir %n boleto</numerusform>
            <numerusform>Imprimir %n boletos</numerusform>
        </translation>
    </message>
    <message>
        <source>Boletos, one per A4 page (*.pdf)</source>
        <translation>Boletos, um por página A4 (*.pdf)</translation>
    </message>
    <message>
        <source>Carnê, three per page (*.pdf)</source>
        <translation>Carnê, três por página (*.pdf)</translation>
    </message>
    <message>
        <source>Save boletos as PDF</source>
        <translation>Salvar boletos em PDF</translation>
    </message>
    <message>
        <source>boletos.pdf</source>
        <translation>boletos.pdf</translation>
    </message>
    <message>
        <source>Drawing the boletos…</source>
        <translation>Gerando os boletos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Boleto %1 is registered at the bank: cancelling it sends a pedido de baixa in the next remessa.
Why is it cancelled?</source>
        <translation>O boleto %1 está registrado no banco: ao cancelá-lo, um pedido de baixa será enviado na próxima remessa.
Por que ele está sendo cancelado?</translation>
    </message>
    <message>
        <source>Cancel boleto %1?
Why is it cancelled?</source>
        <translation>Cancelar o boleto %1?
Por que ele está sendo cancelado?</translation>
    </message>
    <message>
        <source>Cancel boleto</source>
        <translation>Cancelar boleto</translation>
    </message>
    <message>
        <source>Generate remessa</source>
        <translation>Gerar remessa</translation>
    </message>
    <message>
        <source>A remessa is for one account: select boletos of one account only.</source>
        <translation>Uma remessa é de uma única conta: selecione boletos de apenas uma conta.</translation>
    </message>
    <message>
        <source>Choose the account in the filter above, or select its boletos.</source>
        <translation>Escolha a conta no filtro acima ou selecione os boletos dela.</translation>
    </message>
</context>
<context>
    <name>billing::BoletoTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>The next remessa asks the bank to write it off.</source>
        <translation>A próxima remessa pedirá a baixa ao banco.</translation>
    </message>
    <message>
        <source>Not sent to the bank yet: goes in the next remessa.</source>
        <translation>Ainda não enviado ao banco: vai na próxima remessa.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Nosso número</source>
        <translation>Nosso número</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Linha digitável</source>
        <translation>Linha digitável</translation>
    </message>
</context>
<context>
    <name>billing::IssueBoletoDialog</name>
    <message>
        <source>Issue boletos</source>
        <translation>Emitir boletos</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número do pedido</translation>
    </message>
    <message>
        <source>the order&apos;s total</source>
        <translation>o total do pedido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Pedido:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>C&amp;onta:</translation>
    </message>
    <message>
        <source>&amp;Installments:</source>
        <translation>Parcela&amp;s:</translation>
    </message>
    <message>
        <source>&amp;First due date:</source>
        <translation>Primeiro &amp;vencimento:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Va&amp;lor:</translation>
    </message>
    <message>
        <source>&amp;Discount per boleto:</source>
        <translation>&amp;Desconto por boleto:</translation>
    </message>
    <message>
        <source>Discount &amp;until:</source>
        <translation>Desconto a&amp;té:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Emitir</translation>
    </message>
    <message>
        <source>No collection account is configured: add one under Accounts first.</source>
        <translation>Nenhuma conta de cobrança está configurada: cadastre uma em Contas primeiro.</translation>
    </message>
    <message>
        <source>Type the order number.</source>
        <translation>Digite o número do pedido.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>O pedido %1 não existe.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The amount is not a number like 123,45.</source>
        <translation>O valor não é um número como 123,45.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Moved to the next business day</source>
        <translation>Adiado para o próximo dia útil</translation>
    </message>
    <message>
        <source>Choose the order first.</source>
        <translation>Escolha o pedido primeiro.</translation>
    </message>
    <message>
        <source>The discount is not a number like 5,00.</source>
        <translation>O desconto não é um número como 5,00.</translation>
    </message>
</context>
<context>
    <name>billing::RemessaPreviewDialog</name>
    <message>
        <source>Remessa for %1</source>
        <translation>Remessa de %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · bank %2 · %3 · file number (NSA) %4&lt;br&gt;%n title(s) to register, %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · banco %2 · %3 · número do arquivo (NSA) %4&lt;br&gt;%n título a registrar, %5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · banco %2 · %3 · número do arquivo (NSA) %4&lt;br&gt;%n títulos a registrar, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write-off request(s) (pedido de baixa)</source>
        <translation>
            <numerusform>%n pedido de baixa</numerusform>
            <numerusform>%n pedidos de baixa</numerusform>
        </translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrução</translation>
    </message>
    <message>
        <source>Nosso número</source>
        <translation>Nosso número</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>01 Register</source>
        <translation>01 Entrada de título</translation>
    </message>
    <message>
        <source>02 Write off</source>
        <translation>02 Pedido de baixa</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Títulos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>&amp;Save remessa…</source>
        <translation>&amp;Salvar remessa…</translation>
    </message>
    <message>
        <source>Save remessa</source>
        <translation>Salvar remessa</translation>
    </message>
    <message>
        <source>Remessa files (*.rem *.txt);;All files (*)</source>
        <translation>Arquivos de remessa (*.rem *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Remessa written to %1. Send it to the bank through its file transfer channel.</source>
        <translation>Remessa gravada em %1. Envie-a ao banco pelo canal de transferência de arquivos do banco.</translation>
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
    <name>orders::ColumnChooser</name>
    <message>
        <source>Show all columns</source>
        <translation>Mostrar todas as colunas</translation>
    </message>
</context>
<context>
    <name>orders::NewCustomerForm</name>
    <message>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Person (CPF)</source>
        <translation>Pessoa física (CPF)</translation>
    </message>
    <message>
        <source>Company (CNPJ)</source>
        <translation>Pessoa jurídica (CNPJ)</translation>
    </message>
    <message>
        <source>CP&amp;F/CNPJ:</source>
        <translation>CPF/CNP&amp;J:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nome/Ra&amp;zão social:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-m&amp;ail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>C&amp;EP:</source>
        <translation>C&amp;EP:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>Log&amp;radouro:</translation>
    </message>
    <message>
        <source>Num&amp;ber:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>Comp&amp;lement:</source>
        <translation>Co&amp;mplemento:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Bairro:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>Ci&amp;dade:</translation>
    </message>
    <message>
        <source>St&amp;ate (UF):</source>
        <translation>&amp;UF:</translation>
    </message>
    <message>
        <source>A store sale is picked up at the counter: the address is optional.</source>
        <translation>Uma venda de loja física é retirada no balcão: o endereço é opcional.</translation>
    </message>
    <message>
        <source>The order is delivered to this address.</source>
        <translation>O pedido será entregue neste endereço.</translation>
    </message>
</context>
<context>
    <name>orders::OrderBulkActions</name>
    <message>
        <source>not allowed from %1</source>
        <translation>não permitido a partir de %1</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>The order workflow is not available.</source>
        <translation>O fluxo de trabalho de pedidos não está disponível.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) cancelled</source>
        <translation>
            <numerusform>%Ln pedido cancelado</numerusform>
            <numerusform>%Ln pedidos cancelados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) advanced</source>
        <translation>
            <numerusform>%Ln pedido avançado</numerusform>
            <numerusform>%Ln pedidos avançados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>e mais %Ln</numerusform>
            <numerusform>e mais %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln refused: %1</source>
        <translation>
            <numerusform>, %Ln recusado: %1</numerusform>
            <numerusform>, %Ln recusados: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; stopped before the last %Ln</source>
        <translation>
            <numerusform>; interrompido, %Ln pedido não processado</numerusform>
            <numerusform>; interrompido, %Ln pedidos não processados</numerusform>
        </translation>
    </message>
    <message>
        <source>No step is allowed for every selected order</source>
        <translation>Nenhuma etapa é permitida para todos os pedidos selecionados</translation>
    </message>
    <message>
        <source>Advance orders</source>
        <translation>Avançar pedidos</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln order(s) to &quot;%1&quot;?</source>
        <translation>
            <numerusform>Mover %Ln pedido para &quot;%1&quot;?</numerusform>
            <numerusform>Mover %Ln pedidos para &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Advancing orders…</source>
        <translation>Avançando pedidos…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation>Cancelar pedidos</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %Ln order(s) being cancelled? The reason goes to each order&apos;s history.</source>
        <translation>
            <numerusform>Por que %Ln pedido está sendo cancelado? O motivo vai para o histórico do pedido.</numerusform>
            <numerusform>Por que estes %Ln pedidos estão sendo cancelados? O motivo vai para o histórico de cada pedido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason to cancel the orders.</source>
        <translation>Informe um motivo para cancelar os pedidos.</translation>
    </message>
    <message>
        <source>Cancelling orders…</source>
        <translation>Cancelando pedidos…</translation>
    </message>
    <message>
        <source>orders-%1</source>
        <translation>pedidos-%1</translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation>Exportar pedidos em CSV</translation>
    </message>
    <message>
        <source>Export orders as XLSX</source>
        <translation>Exportar pedidos em XLSX</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Exportar pedidos</translation>
    </message>
    <message>
        <source>Exporting orders to %1…</source>
        <translation>Exportando pedidos para %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Exporting orders to %1… %L2 written</source>
        <translation>Exportando pedidos para %1… %L2 gravados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln pedido exportado para %1.</numerusform>
            <numerusform>%Ln pedidos exportados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The orders could not be exported: %1</source>
        <translation>Não foi possível exportar os pedidos: %1</translation>
    </message>
    <message>
        <source>Selected orders</source>
        <translation>Pedidos selecionados</translation>
    </message>
    <message>
        <source>Advance to</source>
        <translation>Avançar para</translation>
    </message>
    <message>
        <source>Cancel orders…</source>
        <translation>Cancelar pedidos…</translation>
    </message>
    <message>
        <source>Export selected as CSV…</source>
        <translation>Exportar selecionados em CSV…</translation>
    </message>
    <message>
        <source>Export selected as XLSX…</source>
        <translation>Exportar selecionados em XLSX…</translation>
    </message>
    <message>
        <source>Print picking list</source>
        <translation>Imprimir lista de separação</translation>
    </message>
    <message>
        <source>Available with the picking module</source>
        <translation>Disponível com o módulo de separação</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Imprimir etiquetas</translation>
    </message>
    <message>
        <source>Available with the labels module</source>
        <translation>Disponível com o módulo de etiquetas</translation>
    </message>
    <message>
        <source>Export the list as CSV…</source>
        <translation>Exportar a lista em CSV…</translation>
    </message>
    <message>
        <source>Export the list as XLSX…</source>
        <translation>Exportar a lista em XLSX…</translation>
    </message>
    <message>
        <source>Your role may not change orders.</source>
        <translation>O seu perfil não pode alterar pedidos.</translation>
    </message>
</context>
<context>
    <name>orders::OrderDetailWidget</name>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>The order could not be opened: %1</source>
        <translation>Não foi possível abrir o pedido: %1</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>Não foi possível ler o pedido: %1</translation>
    </message>
    <message>
        <source>%1 in %2x</source>
        <translation>%1 em %2x</translation>
    </message>
    <message>
        <source>%1, payment %2</source>
        <translation>%1, pagamento %2</translation>
    </message>
    <message>
        <source>Workflow not available</source>
        <translation>Fluxo de trabalho indisponível</translation>
    </message>
    <message>
        <source>The workflow chart could not be read: %1</source>
        <translation>Não foi possível ler o diagrama do fluxo de trabalho: %1</translation>
    </message>
    <message>
        <source>Move the order to &quot;%1&quot; (%2)</source>
        <translation>Mover o pedido para &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>Your role may not change orders.</source>
        <translation>O seu perfil não pode alterar pedidos.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>Itens (%1)</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>Pagamentos (%1)</translation>
    </message>
    <message>
        <source>Risk (%1)</source>
        <translation>Risco (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Observações (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Linha do tempo (%1)</translation>
    </message>
    <message>
        <source>Held for risk review</source>
        <translation>Retido para análise de risco</translation>
    </message>
    <message>
        <source>The payment waits for a person&apos;s decision. Check the reasons below, call the customer if needed, then approve or refuse it. Your reason is kept with the order.</source>
        <translation>O pagamento aguarda a decisão de uma pessoa. Confira os motivos abaixo, ligue para o cliente se necessário e depois aprove ou recuse o pagamento. O seu motivo fica registrado no pedido.</translation>
    </message>
    <message>
        <source>Approve payment…</source>
        <translation>Aprovar pagamento…</translation>
    </message>
    <message>
        <source>Refuse payment…</source>
        <translation>Recusar pagamento…</translation>
    </message>
    <message>
        <source>Your role may not decide on risk reviews.</source>
        <translation>O seu perfil não pode decidir análises de risco.</translation>
    </message>
    <message>
        <source>New internal note</source>
        <translation>Nova observação interna</translation>
    </message>
    <message>
        <source>What was agreed, who to call, what to watch for. Never a card number.</source>
        <translation>O que foi combinado, com quem falar, o que observar. Nunca um número de cartão.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar observação</translation>
    </message>
    <message>
        <source>Your role may read notes but not write them.</source>
        <translation>O seu perfil pode ler as observações, mas não escrevê-las.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>O motivo é obrigatório.</translation>
    </message>
    <message>
        <source>Order %1 → %2</source>
        <translation>Pedido %1 → %2</translation>
    </message>
    <message>
        <source>Why is the order cancelled? The customer may be told.</source>
        <translation>Por que o pedido está sendo cancelado? O cliente pode ser informado.</translation>
    </message>
    <message>
        <source>Reason (optional), kept on the order&apos;s timeline:</source>
        <translation>Motivo (opcional), registrado na linha do tempo do pedido:</translation>
    </message>
    <message>
        <source>Approve the payment of order %1</source>
        <translation>Aprovar o pagamento do pedido %1</translation>
    </message>
    <message>
        <source>Refuse the payment of order %1</source>
        <translation>Recusar o pagamento do pedido %1</translation>
    </message>
    <message>
        <source>Why is the payment safe? (e.g. the cardholder confirmed the purchase by phone)</source>
        <translation>Por que o pagamento é seguro? (por exemplo, o titular do cartão confirmou a compra por telefone)</translation>
    </message>
    <message>
        <source>Why is the payment refused? The order will be cancelled.</source>
        <translation>Por que recusar o pagamento? O pedido será cancelado.</translation>
    </message>
</context>
<context>
    <name>orders::OrderEntryDialog</name>
    <message>
        <source>New order</source>
        <translation>Novo pedido</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>CPF, CNPJ or name; Enter to search</source>
        <translation>CPF, CNPJ ou nome; Enter para pesquisar</translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation>No&amp;vo cliente</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>Scan the EAN, or type the SKU or the start of the name; Enter adds</source>
        <translation>Leia o EAN ou digite o SKU ou o início do nome; Enter adiciona</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produto:</translation>
    </message>
    <message>
        <source>Edit the quantity, sale price or discount in the table; Del removes the line.</source>
        <translation>Altere na tabela a quantidade, o preço de venda ou o desconto; Del remove a linha.</translation>
    </message>
    <message>
        <source>F&amp;reight (R$):</source>
        <translation>&amp;Frete (R$):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Pa&amp;yment:</source>
        <translation>Pa&amp;gamento:</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Installments:</source>
        <translation>Parcela&amp;s:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>Criar pedido</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Orders cannot be entered now: %1</source>
        <translation>Não é possível lançar pedidos agora: %1</translation>
    </message>
    <message>
        <source>There is no active store, representative, franchise or telesales channel. Orders of the storefront and marketplaces come in through their connectors.</source>
        <translation>Não há nenhum canal ativo de loja física, representante, franquia ou televendas. Os pedidos da loja virtual e dos marketplaces chegam pelos seus conectores.</translation>
    </message>
    <message>
        <source>No customer&apos;s CPF or CNPJ starts with %1.</source>
        <translation>Nenhum CPF ou CNPJ de cliente começa com %1.</translation>
    </message>
    <message>
        <source>No product on sale has the SKU, EAN or name &quot;%1&quot;.</source>
        <translation>Nenhum produto à venda tem o SKU, EAN ou nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The product is no longer in the catalogue.</source>
        <translation>O produto não está mais no catálogo.</translation>
    </message>
    <message>
        <source>Type the freight like 12,50 (%1)</source>
        <translation>Digite o frete como 12,50 (%1)</translation>
    </message>
    <message>
        <source>Items %1 − discount %2 + freight %3 = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Itens %1 − desconto %2 + frete %3 = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Discard this order with %n line(s)?</source>
        <translation>
            <numerusform>Descartar este pedido com %n linha?</numerusform>
            <numerusform>Descartar este pedido com %n linhas?</numerusform>
        </translation>
    </message>
    <message>
        <source>The order was not created: %1</source>
        <translation>O pedido não foi criado: %1</translation>
    </message>
    <message>
        <source>Order %1 was created, total %2.</source>
        <translation>O pedido %1 foi criado, total %2.</translation>
    </message>
</context>
<context>
    <name>orders::OrderFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Search number, customer, CPF/CNPJ, e-mail, SKU, tracking code</source>
        <translation>Pesquisar número, cliente, CPF/CNPJ, e-mail, SKU, código de rastreio</translation>
    </message>
    <message>
        <source>Searches as you type; Enter searches at once</source>
        <translation>Pesquisa enquanto você digita; Enter pesquisa imediatamente</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>qualquer data</translation>
    </message>
    <message>
        <source>Placed on or after</source>
        <translation>Pedidos feitos a partir de</translation>
    </message>
    <message>
        <source>Placed on or before</source>
        <translation>Pedidos feitos até</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Show every order</source>
        <translation>Mostrar todos os pedidos</translation>
    </message>
</context>
<context>
    <name>orders::OrderLinesTable</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
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
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remover linha</translation>
    </message>
    <message>
        <source>Line %1: type the quantity as a whole number.</source>
        <translation>Linha %1: digite a quantidade como um número inteiro.</translation>
    </message>
    <message>
        <source>Line %1: type the price like 12,50 (%2)</source>
        <translation>Linha %1: digite o preço como 12,50 (%2)</translation>
    </message>
    <message>
        <source>Line %1: type the discount like 5,00 (%2)</source>
        <translation>Linha %1: digite o desconto como 5,00 (%2)</translation>
    </message>
    <message>
        <source>Price typed by hand: it is kept when the order is saved.</source>
        <translation>Preço digitado manualmente: ele é mantido quando o pedido é salvo.</translation>
    </message>
</context>
<context>
    <name>orders::OrderListWidget</name>
    <message>
        <source>New order…</source>
        <translation>Novo pedido…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>The order list could not be loaded: %1</source>
        <translation>Não foi possível carregar a lista de pedidos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%Ln pedido carregado, mais ao rolar</numerusform>
            <numerusform>%Ln pedidos carregados, mais ao rolar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) loaded</source>
        <translation>
            <numerusform>%Ln pedido carregado</numerusform>
            <numerusform>%Ln pedidos carregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln selected</source>
        <translation>
            <numerusform> · %Ln selecionado</numerusform>
            <numerusform> · %Ln selecionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload (F5)</source>
        <translation>Recarregar (F5)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Choose the columns; drag a heading to move its column</source>
        <translation>Escolha as colunas; arraste um cabeçalho para mover a coluna</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selecionados</translation>
    </message>
    <message>
        <source>Advance, cancel or export the selected orders</source>
        <translation>Avançar, cancelar ou exportar os pedidos selecionados</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export every order the filter finds, in the visible columns and order</source>
        <translation>Exportar todos os pedidos encontrados pelo filtro, com as colunas visíveis, na ordem exibida</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
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
    <name>orders::OrderViewsMenu</name>
    <message>
        <source>Saved views need a logged-in user.</source>
        <translation>As visões salvas exigem um usuário logado.</translation>
    </message>
    <message>
        <source>A view name cannot start with &quot;__&quot;.</source>
        <translation>O nome de uma visão não pode começar com &quot;__&quot;.</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Nenhuma visão salva</translation>
    </message>
    <message>
        <source>Save current view as…</source>
        <translation>Salvar visão atual como…</translation>
    </message>
    <message>
        <source>Delete view…</source>
        <translation>Excluir visão…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Salvar visão</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nome da visão:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Replace the view &quot;%1&quot; with the current filter, columns and sort?</source>
        <translation>Substituir a visão &quot;%1&quot; pelo filtro, pelas colunas e pela ordenação atuais?</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Excluir visão</translation>
    </message>
    <message>
        <source>View to delete:</source>
        <translation>Visão a excluir:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visões</translation>
    </message>
    <message>
        <source>Saved filters, columns and sort</source>
        <translation>Filtros, colunas e ordenação salvos</translation>
    </message>
</context>
<context>
    <name>orders::RiskReviewWidget</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Data do pedido</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Double-click an order to review it</source>
        <translation>Clique duas vezes em um pedido para analisá-lo</translation>
    </message>
    <message>
        <source>The review queue could not be read: %1</source>
        <translation>Não foi possível ler a fila de análise: %1</translation>
    </message>
    <message>
        <source>No order is waiting for a risk review.</source>
        <translation>Nenhum pedido aguardando análise de risco.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting for a risk review, oldest first.</source>
        <translation>
            <numerusform>%n pedido aguardando análise de risco, do mais antigo para o mais recente.</numerusform>
            <numerusform>%n pedidos aguardando análise de risco, dos mais antigos para os mais recentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>Ainda não analisado</translation>
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
