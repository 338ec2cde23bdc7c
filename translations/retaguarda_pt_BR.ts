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
    <message>
        <source>Reconciliation</source>
        <translation>Conciliação</translation>
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
    <message>
        <source>CNAB 240 or 400 retorno file</source>
        <translation>Arquivo de retorno CNAB 240 ou 400</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli cnab parse FILE [--json]</source>
        <translation>Uso: retaguarda-cli cnab parse FILE [--json]</translation>
    </message>
    <message numerus="yes">
        <source>Bank %1, %2, %n record(s)</source>
        <translation>
            <numerusform>Banco %1, %2, %n registro</numerusform>
            <numerusform>Banco %1, %2, %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: bank %2, %3, account %4, %n record(s)</source>
        <translation>
            <numerusform>%1: banco %2, %3, conta %4, %n registro</numerusform>
            <numerusform>%1: banco %2, %3, conta %4, %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>  Already imported on %1: nothing to apply.</source>
        <translation>  Já importado em %1: nada a aplicar.</translation>
    </message>
    <message numerus="yes">
        <source>  Paid %1, bank fees %2, %n order(s) to confirm</source>
        <translation>
            <numerusform>  Pago %1, tarifas bancárias %2, %n pedido a confirmar</numerusform>
            <numerusform>  Pago %1, tarifas bancárias %2, %n pedidos a confirmar</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1, %2: %3</source>
        <translation>  linha %1, %2: %3</translation>
    </message>
    <message>
        <source>CNAB retorno files (one or many)</source>
        <translation>Arquivos de retorno CNAB (um ou vários)</translation>
    </message>
    <message>
        <source>Collection account id or name (default: found from the file&apos;s header)</source>
        <translation>ID ou nome da conta de cobrança (padrão: identificada pelo cabeçalho do arquivo)</translation>
    </message>
    <message>
        <source>Show what would be applied; write nothing</source>
        <translation>Mostrar o que seria aplicado, sem gravar nada</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli cnab import FILE... [--account ID] [--dry-run] [--json]</source>
        <translation>Uso: retaguarda-cli cnab import FILE... [--account ID] [--dry-run] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>  Applied: %n payment(s), %1 status change(s), %2 order(s) confirmed.</source>
        <translation>
            <numerusform>  Aplicado: %n pagamento, %1 mudança(s) de situação, %2 pedido(s) confirmado(s).</numerusform>
            <numerusform>  Aplicado: %n pagamentos, %1 mudança(s) de situação, %2 pedido(s) confirmado(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>How many files (default 50)</source>
        <translation>Quantos arquivos (padrão: 50)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli cnab history [--limit N] [--json]</source>
        <translation>Uso: retaguarda-cli cnab history [--limit N] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD; default 30 days ago)</source>
        <translation>Primeiro dia (AAAA-MM-DD; padrão: 30 dias atrás)</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD; default 30 days ahead)</source>
        <translation>Último dia (AAAA-MM-DD; padrão: daqui a 30 dias)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli cnab cash [--from DATE] [--to DATE] [--account ID] [--json]</source>
        <translation>Uso: retaguarda-cli cnab cash [--from DATE] [--to DATE] [--account ID] [--json]</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>As datas são escritas como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Read a CNAB retorno file and print what every record means</source>
        <translation>Ler um arquivo de retorno CNAB e mostrar o significado de cada registro</translation>
    </message>
    <message>
        <source>Reconcile retorno files with the boletos and apply the payments</source>
        <translation>Conciliar arquivos de retorno com os boletos e aplicar os pagamentos</translation>
    </message>
    <message>
        <source>Retorno files imported, newest first</source>
        <translation>Arquivos de retorno importados, do mais recente ao mais antigo</translation>
    </message>
    <message>
        <source>Expected against credited money per day and collection account</source>
        <translation>Valores esperados x creditados por dia e conta de cobrança</translation>
    </message>
    <message>
        <source>The file comes from bank %1, but account &apos;%2&apos; is at bank %3.</source>
        <translation>O arquivo é do banco %1, mas a conta &apos;%2&apos; é do banco %3.</translation>
    </message>
    <message>
        <source>There is no active collection account at bank %1; add it under Boletos › Accounts (or bank-account add) before importing its files.</source>
        <translation>Não há conta de cobrança ativa no banco %1; cadastre-a em Boletos › Contas (ou com bank-account add) antes de importar os arquivos dele.</translation>
    </message>
    <message>
        <source>Bank %1 has several collection accounts (%2) and the file&apos;s header does not tell which one it is for; choose the account.</source>
        <translation>O banco %1 tem várias contas de cobrança (%2) e o cabeçalho do arquivo não indica a qual delas ele pertence; escolha a conta.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Importação cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>This file was already imported on %1; importing it again changes nothing.</source>
        <translation>Este arquivo já foi importado em %1; importá-lo de novo não altera nada.</translation>
    </message>
    <message>
        <source>This file was already imported; importing it again changes nothing.</source>
        <translation>Este arquivo já foi importado; importá-lo de novo não altera nada.</translation>
    </message>
    <message>
        <source>A boleto of this file changed since the preview (paid, cancelled or edited by someone else); preview the file again.</source>
        <translation>Um boleto deste arquivo mudou desde a pré-visualização (pago, cancelado ou alterado por outra pessoa); pré-visualize o arquivo novamente.</translation>
    </message>
    <message>
        <source>Boleto %1 paid (retorno %2, line %3)</source>
        <translation>Boleto %1 pago (retorno %2, linha %3)</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Pedido %1: %2</translation>
    </message>
    <message>
        <source>The PIX statement is empty.</source>
        <translation>O extrato PIX está vazio.</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>linha 1</translation>
    </message>
    <message>
        <source>The PIX statement has no &quot;%1&quot; column; expected a header with txid, e2eid, valor and data.</source>
        <translation>O extrato PIX não tem a coluna &quot;%1&quot;; era esperado um cabeçalho com txid, e2eid, valor e data.</translation>
    </message>
    <message>
        <source>Expected an amount such as 1.234,56, found &quot;%1&quot;.</source>
        <translation>Era esperado um valor como 1.234,56; encontrado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>line %1, column %2 (valor)</source>
        <translation>linha %1, coluna %2 (valor)</translation>
    </message>
    <message>
        <source>Expected a date such as 2026-12-03 or 03/12/2026, found &quot;%1&quot;.</source>
        <translation>Era esperada uma data como 2026-12-03 ou 03/12/2026; encontrado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>line %1, column %2 (data)</source>
        <translation>linha %1, coluna %2 (data)</translation>
    </message>
    <message>
        <source>No PIX of this statement paid a boleto&apos;s QR code (txid BOL…); nothing to reconcile.</source>
        <translation>Nenhum PIX deste extrato pagou o QR code de um boleto (txid BOL…); nada a conciliar.</translation>
    </message>
    <message>
        <source>column %1 (txid)</source>
        <translation>coluna %1 (txid)</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Não foi possível criar %1.</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliação</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
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
        <source>Occurrence</source>
        <translation>Ocorrência</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Devido</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Juros</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Multa</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Bank fee</source>
        <translation>Tarifa bancária</translation>
    </message>
    <message>
        <source>Occurrence date</source>
        <translation>Data da ocorrência</translation>
    </message>
    <message>
        <source>Credit date</source>
        <translation>Data do crédito</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Pago integralmente</translation>
    </message>
    <message>
        <source>Paid with a difference</source>
        <translation>Pago com diferença</translation>
    </message>
    <message>
        <source>Paid after write-off</source>
        <translation>Pago após a baixa</translation>
    </message>
    <message>
        <source>Duplicate payment</source>
        <translation>Pagamento em duplicidade</translation>
    </message>
    <message>
        <source>Already applied</source>
        <translation>Já aplicado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Unknown nosso número</source>
        <translation>Nosso número desconhecido</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
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
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>No boleto of this account has nosso número %1.</source>
        <translation>Nenhum boleto desta conta tem o nosso número %1.</translation>
    </message>
    <message>
        <source>This payment is already recorded.</source>
        <translation>Este pagamento já está registrado.</translation>
    </message>
    <message>
        <source>The boleto was already paid on %1; this money should be returned to the payer.</source>
        <translation>O boleto já foi pago em %1; este valor deve ser devolvido ao pagador.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled: the money should be returned or the order reopened.</source>
        <translation>O pedido %1 está cancelado: o valor deve ser devolvido ou o pedido reaberto.</translation>
    </message>
    <message>
        <source>The bank wrote off a boleto that is recorded as paid.</source>
        <translation>O banco deu baixa em um boleto que consta como pago.</translation>
    </message>
    <message>
        <source>The bank gave no reason.</source>
        <translation>O banco não informou o motivo.</translation>
    </message>
    <message>
        <source>Expected %1 digits (a zero-padded number), found &quot;%2&quot;.</source>
        <translation>Eram esperados %1 dígitos (um número completado com zeros à esquerda); encontrado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Expected a date %1, found &quot;%2&quot;.</source>
        <translation>Era esperada uma data %1; encontrado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Expected a date %1, found &quot;%2&quot;, which is no day of the calendar.</source>
        <translation>Era esperada uma data %1; encontrado &quot;%2&quot;, que não é um dia do calendário.</translation>
    </message>
    <message>
        <source>Expected digits, found &quot;%1&quot;.</source>
        <translation>Eram esperados dígitos; encontrado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Expected digits (and a check digit), found &quot;%1&quot;.</source>
        <translation>Eram esperados dígitos (e um dígito verificador); encontrado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>line %1, position %2</source>
        <translation>linha %1, posição %2</translation>
    </message>
    <message>
        <source>line %1, positions %2-%3</source>
        <translation>linha %1, posições %2-%3</translation>
    </message>
    <message>
        <source>The line has %1 characters; %2 records have %3. Is this a file of another layout, or were two lines joined?</source>
        <translation>A linha tem %1 caracteres; os registros %2 têm %3. O arquivo é de outro layout ou duas linhas foram unidas?</translation>
    </message>
    <message>
        <source>Expected the digits of the nosso número, found &quot;%1&quot;.</source>
        <translation>Eram esperados os dígitos do nosso número; encontrado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is a record after the file trailer (record type 9); expected the end of the file.</source>
        <translation>Há um registro depois do trailer de arquivo (registro tipo 9); era esperado o fim do arquivo.</translation>
    </message>
    <message>
        <source>The line is empty; expected a CNAB 240 record.</source>
        <translation>A linha está vazia; era esperado um registro CNAB 240.</translation>
    </message>
    <message>
        <source>Expected bank code %1, as in the file header, found &quot;%2&quot;.</source>
        <translation>Era esperado o código de banco %1, como no cabeçalho do arquivo; encontrado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file trailer counts %1 records but the file has %2 lines: the file is incomplete or has lines that do not belong to it.</source>
        <translation>O trailer de arquivo conta %1 registros, mas o arquivo tem %2 linhas: o arquivo está incompleto ou tem linhas que não pertencem a ele.</translation>
    </message>
    <message>
        <source>Segment U without the segment T it completes: expected a T segment on the line before.</source>
        <translation>Segmento U sem o segmento T que ele complementa: era esperado um segmento T na linha anterior.</translation>
    </message>
    <message>
        <source>Segment %1 is a remessa record; a retorno has segments T and U.</source>
        <translation>O segmento %1 é um registro de remessa; um retorno tem segmentos T e U.</translation>
    </message>
    <message>
        <source>Expected a segment letter (T, U...), found &quot;%1&quot;.</source>
        <translation>Era esperada a letra de um segmento (T, U...); encontrado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Segment T has no segment U after it: every title of a CNAB 240 retorno is a T line followed by its U line.</source>
        <translation>O segmento T não tem um segmento U depois dele: cada título de um retorno CNAB 240 é uma linha T seguida da sua linha U.</translation>
    </message>
    <message>
        <source>Expected a two-character occurrence code, found &quot;%1&quot;.</source>
        <translation>Era esperado um código de ocorrência de dois caracteres; encontrado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A second file header (record type 0): two files were joined? Import them one by one.</source>
        <translation>Um segundo cabeçalho de arquivo (registro tipo 0): dois arquivos foram unidos? Importe-os um de cada vez.</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;: a CNAB 240 record is of type 0, 1, 3, 5 or 9.</source>
        <translation>Tipo de registro desconhecido &quot;%1&quot;: um registro CNAB 240 é do tipo 0, 1, 3, 5 ou 9.</translation>
    </message>
    <message>
        <source>The file ends without its trailer (record type 9): it is incomplete; download it from the bank again.</source>
        <translation>O arquivo termina sem o trailer (registro tipo 9): está incompleto; baixe-o novamente do banco.</translation>
    </message>
    <message>
        <source>The line has %1 characters; CNAB 400 records have 400. Is this a file of another layout, or were two lines joined?</source>
        <translation>A linha tem %1 caracteres; os registros CNAB 400 têm 400. O arquivo é de outro layout ou duas linhas foram unidas?</translation>
    </message>
    <message>
        <source>There is a record after the trailer (record type 9); expected the end of the file.</source>
        <translation>Há um registro depois do trailer (registro tipo 9); era esperado o fim do arquivo.</translation>
    </message>
    <message>
        <source>The line is empty; expected a CNAB 400 record.</source>
        <translation>A linha está vazia; era esperado um registro CNAB 400.</translation>
    </message>
    <message>
        <source>A second header (record type 0): two files were joined? Import them one by one.</source>
        <translation>Um segundo cabeçalho (registro tipo 0): dois arquivos foram unidos? Importe-os um de cada vez.</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;: this bank&apos;s CNAB 400 retorno has details of type %2 and a trailer of type 9.</source>
        <translation>Tipo de registro desconhecido &quot;%1&quot;: o retorno CNAB 400 deste banco tem detalhes do tipo %2 e um trailer do tipo 9.</translation>
    </message>
    <message>
        <source>Banco do Brasil CBR641 retornos (6-digit convênios, details of type 1) are not read; ask the bank for the CBR643 layout (details of type 7).</source>
        <translation>Retornos CBR641 do Banco do Brasil (convênios de 6 dígitos, detalhes do tipo 1) não são lidos; peça ao banco o layout CBR643 (detalhes do tipo 7).</translation>
    </message>
    <message>
        <source>A PIX record (type 2) before any title: it belongs to the title detail before it.</source>
        <translation>Um registro PIX (tipo 2) antes de qualquer título: ele pertence ao detalhe do título anterior.</translation>
    </message>
    <message>
        <source>This is not a CNAB retorno file: expected a CNAB 400 header (&quot;02RETORNO&quot; at positions 1-9) or a CNAB 240 file header (lote &quot;0000&quot; and record type &quot;0&quot; at positions 4-8).</source>
        <translation>Este não é um arquivo de retorno CNAB: era esperado um cabeçalho CNAB 400 (&quot;02RETORNO&quot; nas posições 1-9) ou um cabeçalho de arquivo CNAB 240 (lote &quot;0000&quot; e tipo de registro &quot;0&quot; nas posições 4-8).</translation>
    </message>
    <message>
        <source>Retaguarda does not read %1 retorno files of bank &quot;%2&quot;; it reads those of banks %3.</source>
        <translation>O Retaguarda não lê arquivos de retorno %1 do banco &quot;%2&quot;; lê os dos bancos %3.</translation>
    </message>
    <message>
        <source>The file is empty: a CNAB retorno file starts with a header record.</source>
        <translation>O arquivo está vazio: um arquivo de retorno CNAB começa com um registro de cabeçalho (header).</translation>
    </message>
    <message>
        <source>This is a CNAB 400 remessa (the file sent to the bank), not a retorno: import the file the bank returned.</source>
        <translation>Esta é uma remessa CNAB 400 (o arquivo enviado ao banco), não um retorno: importe o arquivo devolvido pelo banco.</translation>
    </message>
    <message>
        <source>This is a CNAB 240 remessa (the file sent to the bank), not a retorno: import the file the bank returned.</source>
        <translation>Esta é uma remessa CNAB 240 (o arquivo enviado ao banco), não um retorno: importe o arquivo devolvido pelo banco.</translation>
    </message>
    <message>
        <source>The database connection is not available.</source>
        <translation>A conexão com o banco de dados não está disponível.</translation>
    </message>
    <message>
        <source>The database refused a statement.</source>
        <translation>O banco de dados recusou um comando.</translation>
    </message>
    <message>
        <source>The database refused a change.</source>
        <translation>O banco de dados recusou uma alteração.</translation>
    </message>
    <message>
        <source>The database refused a query.</source>
        <translation>O banco de dados recusou uma consulta.</translation>
    </message>
    <message>
        <source>shipping, product, location, lot or a user template&apos;s name</source>
        <translation>shipping, product, location, lot ou o nome de um modelo do usuário</translation>
    </message>
    <message>
        <source>Order number (repeat or separate with commas for a batch)</source>
        <translation>Número do pedido (repita ou separe por vírgulas para um lote de pedidos)</translation>
    </message>
    <message>
        <source>Every order of a picking wave, in pick order</source>
        <translation>Todos os pedidos de uma onda de separação, na ordem de separação</translation>
    </message>
    <message>
        <source>A wave&apos;s labels in the order packages were closed (default: pick order)</source>
        <translation>As etiquetas de uma onda na ordem em que os volumes foram fechados (padrão: ordem de separação)</translation>
    </message>
    <message>
        <source>Product SKU or EAN (with --lot: the lot&apos;s product)</source>
        <translation>SKU ou EAN do produto (com --lot: o produto do lote)</translation>
    </message>
    <message>
        <source>Location code; CODE* for every location starting with CODE</source>
        <translation>Código do endereço; CODE* para todos os endereços que começam com CODE</translation>
    </message>
    <message>
        <source>Lot code</source>
        <translation>Código do lote</translation>
    </message>
    <message>
        <source>Packages per order (labels &quot;Volume n/m&quot;)</source>
        <translation>Volumes por pedido (etiquetas &quot;Volume n/m&quot;)</translation>
    </message>
    <message>
        <source>Printer resolution: 203 or 300 (default 203)</source>
        <translation>Resolução da impressora: 203 ou 300 (padrão: 203)</translation>
    </message>
    <message>
        <source>Why labels printed before are printed again (required for reprints)</source>
        <translation>Por que etiquetas já impressas são impressas de novo (obrigatório para reimpressões)</translation>
    </message>
    <message>
        <source>--order takes order numbers: &quot;%1&quot; is not one.</source>
        <translation>--order recebe números de pedido: &quot;%1&quot; não é um.</translation>
    </message>
    <message>
        <source>--packages must be a number from 1 to 99.</source>
        <translation>--packages deve ser um número de 1 a 99.</translation>
    </message>
    <message>
        <source>--dpi must be 203 or 300.</source>
        <translation>--dpi deve ser 203 ou 300.</translation>
    </message>
    <message>
        <source>Say what to print: --order, --wave, --product, --location or --lot.</source>
        <translation>Diga o que imprimir: --order, --wave, --product, --location ou --lot.</translation>
    </message>
    <message>
        <source>Warning: the sender is blank — fill in the company data (Settings → Company).</source>
        <translation>Atenção: o remetente está em branco — preencha os dados da empresa (Configurações → Empresa).</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) (%1) → %2</source>
        <translation>
            <numerusform>%n etiqueta (%1) → %2</numerusform>
            <numerusform>%n etiquetas (%1) → %2</numerusform>
        </translation>
    </message>
    <message>
        <source>pdf, png or zpl (default: from the file name)</source>
        <translation>pdf, png ou zpl (padrão: pelo nome do arquivo)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Arquivo a gravar</translation>
    </message>
    <message>
        <source>Write the file without recording a print (no reprint reason needed)</source>
        <translation>Gravar o arquivo sem registrar uma impressão (não exige motivo de reimpressão)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli label render [--template NAME] (--order NUMBER... | --wave W | --product SKU | --location CODE | --lot CODE) --format pdf|png|zpl -o FILE [--dpi 203|300] [--packages N] [--reason TEXT]</source>
        <translation>Uso: retaguarda-cli label render [--template NAME] (--order NUMBER... | --wave W | --product SKU | --location CODE | --lot CODE) --format pdf|png|zpl -o FILE [--dpi 203|300] [--packages N] [--reason TEXT]</translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation>-o FILE é obrigatório.</translation>
    </message>
    <message>
        <source>--format must be pdf, png or zpl.</source>
        <translation>--format deve ser pdf, png ou zpl.</translation>
    </message>
    <message>
        <source>These labels were printed before: %1. Give --reason to reprint them, or --preview to write the file without recording a print.</source>
        <translation>Estas etiquetas já foram impressas: %1. Informe --reason para reimprimi-las, ou --preview para gravar o arquivo sem registrar uma impressão.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>CUPS printer (PDF; with --format zpl the ZPL goes raw to that queue)</source>
        <translation>Impressora CUPS (PDF; com --format zpl o ZPL vai sem conversão (raw) para essa fila)</translation>
    </message>
    <message>
        <source>Zebra-compatible printer on the network, HOST[:PORT] (port 9100)</source>
        <translation>Impressora compatível com Zebra na rede, HOST[:PORT] (porta 9100)</translation>
    </message>
    <message>
        <source>With --printer: pdf (default) or zpl</source>
        <translation>Com --printer: pdf (padrão) ou zpl</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli label print [--template NAME] (--order NUMBER... | --wave W | --product SKU | --location CODE | --lot CODE) (--printer NAME [--format pdf|zpl] | --zpl-host HOST:PORT) [--dpi 203|300] [--packages N] [--reason TEXT]</source>
        <translation>Uso: retaguarda-cli label print [--template NAME] (--order NUMBER... | --wave W | --product SKU | --location CODE | --lot CODE) (--printer NAME [--format pdf|zpl] | --zpl-host HOST:PORT) [--dpi 203|300] [--packages N] [--reason TEXT]</translation>
    </message>
    <message>
        <source>Give either --printer NAME or --zpl-host HOST:PORT.</source>
        <translation>Informe --printer NAME ou --zpl-host HOST:PORT.</translation>
    </message>
    <message>
        <source>--format must be pdf or zpl.</source>
        <translation>--format deve ser pdf ou zpl.</translation>
    </message>
    <message>
        <source>These labels were printed before: %1. Give --reason to reprint them.</source>
        <translation>Estas etiquetas já foram impressas: %1. Informe --reason para reimprimi-las.</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli label templates list [--json]</source>
        <translation>Uso: retaguarda-cli label templates list [--json]</translation>
    </message>
    <message>
        <source> (built-in)</source>
        <translation> (padrão do sistema)</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nome do modelo</translation>
    </message>
    <message>
        <source>File to write (default: standard output)</source>
        <translation>Arquivo a gravar (padrão: saída padrão)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli label templates export NAME [-o FILE.json]</source>
        <translation>Uso: retaguarda-cli label templates export NAME [-o FILE.json]</translation>
    </message>
    <message>
        <source>Template %1 written to %2</source>
        <translation>Modelo %1 gravado em %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Template JSON file</source>
        <translation>Arquivo JSON do modelo</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli label templates validate FILE.json</source>
        <translation>Uso: retaguarda-cli label templates validate FILE.json</translation>
    </message>
    <message>
        <source>Template %1 is valid (%2 elements).</source>
        <translation>O modelo %1 é válido (%2 elementos).</translation>
    </message>
    <message>
        <source>Save under this name instead of the file&apos;s</source>
        <translation>Salvar com este nome em vez do nome do arquivo</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli label templates import FILE.json [--name NAME]</source>
        <translation>Uso: retaguarda-cli label templates import FILE.json [--name NAME]</translation>
    </message>
    <message>
        <source>Template %1 saved.</source>
        <translation>Modelo %1 salvo.</translation>
    </message>
    <message>
        <source>Render labels to a PDF, PNG or ZPL file (orders, a wave, products, locations, lots)</source>
        <translation>Gerar etiquetas em um arquivo PDF, PNG ou ZPL (pedidos, uma onda, produtos, endereços, lotes)</translation>
    </message>
    <message>
        <source>Print labels on a CUPS printer or send ZPL to a Zebra printer (HOST:9100)</source>
        <translation>Imprimir etiquetas em uma impressora CUPS ou enviar ZPL a uma impressora Zebra (HOST:9100)</translation>
    </message>
    <message>
        <source>Label templates, built-in and the company&apos;s</source>
        <translation>Modelos de etiqueta, os padrão do sistema e os da empresa</translation>
    </message>
    <message>
        <source>Write a label template as JSON</source>
        <translation>Gravar um modelo de etiqueta em JSON</translation>
    </message>
    <message>
        <source>Validate and save a label template from a JSON file</source>
        <translation>Validar e salvar um modelo de etiqueta a partir de um arquivo JSON</translation>
    </message>
    <message>
        <source>Check a label template file (unknown placeholders, sizes, barcodes)</source>
        <translation>Verificar um arquivo de modelo de etiqueta (campos desconhecidos, tamanhos, códigos de barras)</translation>
    </message>
    <message>
        <source>Sender: trade name (or legal name)</source>
        <translation>Remetente: nome fantasia (ou razão social)</translation>
    </message>
    <message>
        <source>Sender: legal name</source>
        <translation>Remetente: razão social</translation>
    </message>
    <message>
        <source>Sender: CNPJ</source>
        <translation>Remetente: CNPJ</translation>
    </message>
    <message>
        <source>Sender: street</source>
        <translation>Remetente: logradouro</translation>
    </message>
    <message>
        <source>Sender: number</source>
        <translation>Remetente: número</translation>
    </message>
    <message>
        <source>Sender: complement</source>
        <translation>Remetente: complemento</translation>
    </message>
    <message>
        <source>Sender: district</source>
        <translation>Remetente: bairro</translation>
    </message>
    <message>
        <source>Sender: city</source>
        <translation>Remetente: cidade</translation>
    </message>
    <message>
        <source>Sender: state (UF)</source>
        <translation>Remetente: estado (UF)</translation>
    </message>
    <message>
        <source>Sender: CEP as printed (01310-100)</source>
        <translation>Remetente: CEP formatado (01310-100)</translation>
    </message>
    <message>
        <source>Sender: CEP, 8 digits</source>
        <translation>Remetente: CEP, 8 dígitos</translation>
    </message>
    <message>
        <source>Sender: phone</source>
        <translation>Remetente: telefone</translation>
    </message>
    <message>
        <source>Sender: street, number and complement</source>
        <translation>Remetente: logradouro, número e complemento</translation>
    </message>
    <message>
        <source>Sender: district, city/UF</source>
        <translation>Remetente: bairro, cidade/UF</translation>
    </message>
    <message>
        <source>Date of printing (dd/mm/yyyy)</source>
        <translation>Data da impressão (dd/mm/aaaa)</translation>
    </message>
    <message>
        <source>Date and time of printing</source>
        <translation>Data e hora da impressão</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nome do produto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>EAN-13 (GTIN)</source>
        <translation>EAN-13 (GTIN)</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>&quot;Preço por&quot; (sale price)</source>
        <translation>&quot;Preço por&quot; (preço de venda)</translation>
    </message>
    <message>
        <source>&quot;Preço de&quot; (list price)</source>
        <translation>&quot;Preço de&quot; (preço de tabela)</translation>
    </message>
    <message>
        <source>ANVISA registration</source>
        <translation>Registro na ANVISA</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Order date (dd/mm/yyyy)</source>
        <translation>Data do pedido (dd/mm/aaaa)</translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation>Canal de venda</translation>
    </message>
    <message>
        <source>The channel&apos;s order id</source>
        <translation>ID do pedido no canal</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total do pedido</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>Quantidade de itens</translation>
    </message>
    <message>
        <source>Carrier with service, as on the order</source>
        <translation>Transportadora com serviço, como no pedido</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>Código de rastreio</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <source>Customer CPF/CNPJ</source>
        <translation>CPF/CNPJ do cliente</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>Telefone do cliente</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-mail do cliente</translation>
    </message>
    <message>
        <source>Recipient (the address&apos;s, or the customer)</source>
        <translation>Destinatário (o do endereço, ou o cliente)</translation>
    </message>
    <message>
        <source>Recipient: street</source>
        <translation>Destinatário: logradouro</translation>
    </message>
    <message>
        <source>Recipient: number</source>
        <translation>Destinatário: número</translation>
    </message>
    <message>
        <source>Recipient: complement</source>
        <translation>Destinatário: complemento</translation>
    </message>
    <message>
        <source>Recipient: district</source>
        <translation>Destinatário: bairro</translation>
    </message>
    <message>
        <source>Recipient: city</source>
        <translation>Destinatário: cidade</translation>
    </message>
    <message>
        <source>Recipient: state (UF)</source>
        <translation>Destinatário: estado (UF)</translation>
    </message>
    <message>
        <source>Recipient: CEP as printed (22021-001)</source>
        <translation>Destinatário: CEP formatado (22021-001)</translation>
    </message>
    <message>
        <source>Recipient: CEP, 8 digits</source>
        <translation>Destinatário: CEP, 8 dígitos</translation>
    </message>
    <message>
        <source>Recipient: street, number and complement</source>
        <translation>Destinatário: logradouro, número e complemento</translation>
    </message>
    <message>
        <source>Recipient: city/UF</source>
        <translation>Destinatário: cidade/UF</translation>
    </message>
    <message>
        <source>Carrier (&quot;Correios&quot;)</source>
        <translation>Transportadora (&quot;Correios&quot;)</translation>
    </message>
    <message>
        <source>Service (&quot;SEDEX&quot;)</source>
        <translation>Serviço (&quot;SEDEX&quot;)</translation>
    </message>
    <message>
        <source>Tracking code (or the order number when there is none yet)</source>
        <translation>Código de rastreio (ou o número do pedido, se ainda não houver)</translation>
    </message>
    <message>
        <source>Weight of this package (kg)</source>
        <translation>Peso deste volume (kg)</translation>
    </message>
    <message>
        <source>Weight of this package in grams</source>
        <translation>Peso deste volume em gramas</translation>
    </message>
    <message>
        <source>Declared value (order total)</source>
        <translation>Valor declarado (total do pedido)</translation>
    </message>
    <message>
        <source>Destination data for the 2D code (CEP, number, tracking, sender CEP, recipient)</source>
        <translation>Dados de destino para o código 2D (CEP, número, rastreio, CEP do remetente, destinatário)</translation>
    </message>
    <message>
        <source>This package&apos;s number (n)</source>
        <translation>Número deste volume (n)</translation>
    </message>
    <message>
        <source>Packages of the order (m)</source>
        <translation>Volumes do pedido (m)</translation>
    </message>
    <message>
        <source>&quot;Volume n/m&quot;</source>
        <translation>&quot;Volume n/m&quot;</translation>
    </message>
    <message>
        <source>Location address (A-01-02-03)</source>
        <translation>Endereço (A-01-02-03)</translation>
    </message>
    <message>
        <source>Aisle</source>
        <translation>Rua</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Kind (pick, reserve...)</source>
        <translation>Tipo (pick, reserve...)</translation>
    </message>
    <message>
        <source>Warehouse code</source>
        <translation>Código do depósito</translation>
    </message>
    <message>
        <source>Warehouse name</source>
        <translation>Nome do depósito</translation>
    </message>
    <message>
        <source>Expiry (dd/mm/yyyy)</source>
        <translation>Validade (dd/mm/aaaa)</translation>
    </message>
    <message>
        <source>Expiry (yyyy-mm-dd)</source>
        <translation>Validade (aaaa-mm-dd)</translation>
    </message>
    <message>
        <source>Manufacturing date (dd/mm/yyyy)</source>
        <translation>Data de fabricação (dd/mm/aaaa)</translation>
    </message>
    <message>
        <source>element &quot;%1&quot;</source>
        <translation>elemento &quot;%1&quot;</translation>
    </message>
    <message>
        <source>element %1 (%2)</source>
        <translation>elemento %1 (%2)</translation>
    </message>
    <message>
        <source>The label template is not valid JSON: %1.</source>
        <translation>O modelo de etiqueta não é um JSON válido: %1.</translation>
    </message>
    <message>
        <source>A label template must be a JSON object.</source>
        <translation>Um modelo de etiqueta deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>Unknown label subject &quot;%1&quot;; use order, product, location or lot.</source>
        <translation>Assunto de etiqueta desconhecido &quot;%1&quot;; use order, product, location ou lot.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in the label template.</source>
        <translation>Chave desconhecida &quot;%1&quot; no modelo de etiqueta.</translation>
    </message>
    <message>
        <source>Element %1 is not a JSON object.</source>
        <translation>O elemento %1 não é um objeto JSON.</translation>
    </message>
    <message>
        <source>Element %1 has an unknown type &quot;%2&quot;; use text, box, line, image or barcode.</source>
        <translation>O elemento %1 tem um tipo desconhecido &quot;%2&quot;; use text, box, line, image ou barcode.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in %2.</source>
        <translation>Chave desconhecida &quot;%1&quot; em %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 must be a number.</source>
        <translation>&quot;%1&quot; de %2 deve ser um número.</translation>
    </message>
    <message>
        <source>Unknown barcode symbology &quot;%1&quot; in %2; use code128, ean13, itf, datamatrix or qr.</source>
        <translation>Simbologia de código de barras desconhecida &quot;%1&quot; em %2; use code128, ean13, itf, datamatrix ou qr.</translation>
    </message>
    <message>
        <source>The template name &quot;%1&quot; must be 1 to 48 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>O nome do modelo &quot;%1&quot; deve ter de 1 a 48 letras minúsculas, dígitos, &apos;-&apos; ou &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The label size %1 × %2 mm is out of range (10–300 mm wide, 10–600 mm long).</source>
        <translation>O tamanho de etiqueta %1 × %2 mm está fora dos limites (10–300 mm de largura, 10–600 mm de comprimento).</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1} in the %2 of %3.</source>
        <translation>Campo desconhecido {%1} no %2 de %3.</translation>
    </message>
    <message>
        <source>A &quot;{&quot; is not closed in the %1 of %2.</source>
        <translation>Um &quot;{&quot; não foi fechado no %1 de %2.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>data</source>
        <translation>conteúdo</translation>
    </message>
    <message>
        <source>The barcode %1 has no data.</source>
        <translation>O código de barras %1 não tem conteúdo.</translation>
    </message>
    <message>
        <source>The EAN-13 of %1 must be 12 digits or 13 with a valid check digit: &quot;%2&quot;.</source>
        <translation>O EAN-13 de %1 deve ter 12 dígitos, ou 13 com um dígito verificador válido: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Interleaved 2 of 5 in %1 takes digits only: &quot;%2&quot;.</source>
        <translation>O Interleaved 2 of 5 em %1 aceita somente dígitos: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The rotation of %1 must be 0, 90, 180 or 270.</source>
        <translation>A rotação de %1 deve ser 0, 90, 180 ou 270.</translation>
    </message>
    <message>
        <source>The font size of %1 must be between 4 and 200 pt.</source>
        <translation>O tamanho da fonte de %1 deve estar entre 4 e 200 pt.</translation>
    </message>
    <message>
        <source>The alignment of %1 must be left, center or right.</source>
        <translation>O alinhamento de %1 deve ser left, center ou right.</translation>
    </message>
    <message>
        <source>The image %1 has no source.</source>
        <translation>A imagem %1 não tem origem.</translation>
    </message>
    <message>
        <source>%1 needs a width and a height above zero.</source>
        <translation>%1 precisa de largura e altura maiores que zero.</translation>
    </message>
    <message>
        <source>%1 lies outside the %2 × %3 mm label.</source>
        <translation>%1 fica fora da etiqueta de %2 × %3 mm.</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; cannot be read.</source>
        <translation>Não foi possível ler a imagem &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 has no data to encode.</source>
        <translation>O %1 não tem conteúdo para codificar.</translation>
    </message>
    <message>
        <source>EAN-13 takes 12 or 13 digits: &quot;%1&quot;.</source>
        <translation>O EAN-13 aceita 12 ou 13 dígitos: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The EAN-13 &quot;%1&quot; has a wrong check digit.</source>
        <translation>O EAN-13 &quot;%1&quot; tem o dígito verificador errado.</translation>
    </message>
    <message>
        <source>Interleaved 2 of 5 takes digits only: &quot;%1&quot;.</source>
        <translation>O Interleaved 2 of 5 aceita somente dígitos: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot encode &quot;%1&quot; as %2: %3</source>
        <translation>Não foi possível codificar &quot;%1&quot; como %2: %3</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>This release was imported before (another report of the same days).</source>
        <translation>Esta liberação já foi importada (outro relatório dos mesmos dias).</translation>
    </message>
    <message>
        <source>No order has the reference &quot;%1&quot; or the payment %2.</source>
        <translation>Nenhum pedido tem a referência &quot;%1&quot; ou o pagamento %2.</translation>
    </message>
    <message>
        <source>%1 totals %2; %3 was settled.</source>
        <translation>%1 soma %2; foram liquidados %3.</translation>
    </message>
    <message>
        <source>%1 given back to the buyer (%2); no order has the reference &quot;%3&quot;.</source>
        <translation>%1 devolvido ao comprador (%2); nenhum pedido tem a referência &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 given back to the buyer (%3).</source>
        <translation>%1: %2 devolvido ao comprador (%3).</translation>
    </message>
    <message>
        <source>Not a sale (%1): nothing to reconcile.</source>
        <translation>Não é uma venda (%1): nada a conciliar.</translation>
    </message>
    <message>
        <source>Payment %1 settled by %2 (%3, line %4)</source>
        <translation>Pagamento %1 liquidado por %2 (%3, linha %4)</translation>
    </message>
    <message>
        <source>The release report is empty.</source>
        <translation>O relatório de liberações está vazio.</translation>
    </message>
    <message>
        <source>The release report has no %1 column; expected a header with DATE, SOURCE_ID, RECORD_TYPE, DESCRIPTION, NET_CREDIT_AMOUNT, NET_DEBIT_AMOUNT and GROSS_AMOUNT.</source>
        <translation>O relatório de liberações não tem a coluna %1; era esperado um cabeçalho com DATE, SOURCE_ID, RECORD_TYPE, DESCRIPTION, NET_CREDIT_AMOUNT, NET_DEBIT_AMOUNT e GROSS_AMOUNT.</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation>linha %1, coluna %2 (%3)</translation>
    </message>
    <message>
        <source>Expected an amount such as 1234.56, found &quot;%1&quot;.</source>
        <translation>Era esperado um valor como 1234.56; encontrado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Expected a date such as 2026-11-30T10:15:00.000-03:00, found &quot;%1&quot;.</source>
        <translation>Era esperada uma data como 2026-11-30T10:15:00.000-03:00; encontrado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The report has no released money (RECORD_TYPE release); nothing to reconcile.</source>
        <translation>O relatório não tem dinheiro liberado (RECORD_TYPE release); nada a conciliar.</translation>
    </message>
    <message>
        <source>column %1 (RECORD_TYPE)</source>
        <translation>coluna %1 (RECORD_TYPE)</translation>
    </message>
    <message>
        <source>Refund or chargeback</source>
        <translation>Estorno ou chargeback</translation>
    </message>
    <message>
        <source>Migration %1 would leave rows of %2 pointing to nothing; the database was not changed. Keep this database and report the problem.</source>
        <translation>A migração %1 deixaria linhas de %2 apontando para nada; o banco de dados não foi alterado. Guarde este banco de dados e informe o problema.</translation>
    </message>
    <message>
        <source>Unknown order reference</source>
        <translation>Referência de pedido desconhecida</translation>
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
    <name>LabelDataRepository</name>
    <message>
        <source>Could not read order %1.</source>
        <translation>Não foi possível ler o pedido %1.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>O pedido %1 não existe.</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>pedido %1</translation>
    </message>
    <message>
        <source>Order %1 has no delivery address: add one to the customer before printing its label.</source>
        <translation>O pedido %1 não tem endereço de entrega: cadastre um no cliente antes de imprimir a etiqueta.</translation>
    </message>
    <message>
        <source>Own delivery</source>
        <translation>Entrega própria</translation>
    </message>
    <message>
        <source>Could not read the packages of order %1.</source>
        <translation>Não foi possível ler os volumes do pedido %1.</translation>
    </message>
    <message>
        <source>Order %1, package %2/%3</source>
        <translation>Pedido %1, volume %2/%3</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>There is no product with SKU or EAN &quot;%1&quot;.</source>
        <translation>Não existe produto com SKU ou EAN &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produto %1</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Endereço %1</translation>
    </message>
    <message>
        <source>This database has no warehouse locations yet (the stock module&apos;s tables are missing).</source>
        <translation>Este banco de dados ainda não tem endereços de depósito (faltam as tabelas do módulo de estoque).</translation>
    </message>
    <message>
        <source>There is no location &quot;%1&quot;.</source>
        <translation>O endereço &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>No location code starts with &quot;%1&quot;.</source>
        <translation>Nenhum código de endereço começa com &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This database has no lots yet (the stock module&apos;s tables are missing).</source>
        <translation>Este banco de dados ainda não tem lotes (faltam as tabelas do módulo de estoque).</translation>
    </message>
    <message>
        <source>There is no lot &quot;%1&quot;.</source>
        <translation>O lote &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>Lot &quot;%1&quot; exists for more than one product; name the product with --product SKU.</source>
        <translation>O lote &quot;%1&quot; existe para mais de um produto; indique o produto com --product SKU.</translation>
    </message>
    <message>
        <source>Lot %1 of %2</source>
        <translation>Lote %1 de %2</translation>
    </message>
    <message>
        <source>This database has no picking waves yet; print by a list of orders instead.</source>
        <translation>Este banco de dados ainda não tem ondas de separação; imprima por uma lista de pedidos.</translation>
    </message>
    <message>
        <source>Wave %1 has no orders to label (or does not exist).</source>
        <translation>A onda %1 não tem pedidos para etiquetar (ou não existe).</translation>
    </message>
</context>
<context>
    <name>LabelJobBuilder</name>
    <message>
        <source>Say what to print: orders, a wave, products, locations or lots.</source>
        <translation>Diga o que imprimir: pedidos, uma onda, produtos, endereços ou lotes.</translation>
    </message>
    <message>
        <source>One job prints one kind of label: orders, products, locations or lots, not a mix.</source>
        <translation>Cada trabalho imprime um só tipo de etiqueta: pedidos, produtos, endereços ou lotes, sem misturar.</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; prints %2 labels, not %3 labels.</source>
        <translation>O modelo &quot;%1&quot; imprime etiquetas do tipo %2, não do tipo %3.</translation>
    </message>
</context>
<context>
    <name>LabelOutput</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The print job was cancelled.</source>
        <translation>A impressão foi cancelada.</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>Não foi possível abrir a impressora ou o arquivo para desenhar.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Não foi possível iniciar uma nova página.</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>Não há etiquetas para imprimir.</translation>
    </message>
    <message>
        <source>The PDF cannot be written: %1</source>
        <translation>Não foi possível gravar o PDF: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number; write HOST:PORT, e.g. 192.168.0.50:9100.</source>
        <translation>&quot;%1&quot; não é um número de porta; escreva HOST:PORTA, por exemplo 192.168.0.50:9100.</translation>
    </message>
    <message>
        <source>Give the printer&apos;s address as HOST:PORT, e.g. 192.168.0.50:9100.</source>
        <translation>Informe o endereço da impressora como HOST:PORTA, por exemplo 192.168.0.50:9100.</translation>
    </message>
    <message>
        <source>The label printer at %1 did not answer: %2. Check that it is on and that the address is right.</source>
        <translation>A impressora de etiquetas em %1 não respondeu: %2. Verifique se ela está ligada e se o endereço está correto.</translation>
    </message>
    <message>
        <source>Sending to the label printer at %1 failed: %2</source>
        <translation>Falha ao enviar para a impressora de etiquetas em %1: %2</translation>
    </message>
    <message>
        <source>CUPS is not installed here (no &quot;lp&quot; command); install cups-client or send ZPL to the printer&apos;s address with --zpl-host.</source>
        <translation>O CUPS não está instalado aqui (não há o comando &quot;lp&quot;); instale o cups-client ou envie ZPL ao endereço da impressora com --zpl-host.</translation>
    </message>
    <message>
        <source>&quot;lp&quot; could not be started.</source>
        <translation>Não foi possível iniciar o &quot;lp&quot;.</translation>
    </message>
    <message>
        <source>CUPS refused the job for printer &quot;%1&quot;: %2</source>
        <translation>O CUPS recusou o trabalho para a impressora &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The Data Matrix has no data to encode.</source>
        <translation>O Data Matrix não tem conteúdo para codificar.</translation>
    </message>
    <message>
        <source>The data of the Data Matrix is too long (%1 bytes).</source>
        <translation>O conteúdo do Data Matrix é longo demais (%1 bytes).</translation>
    </message>
</context>
<context>
    <name>LabelPrintLog</name>
    <message>
        <source>Could not read the print history.</source>
        <translation>Não foi possível ler o histórico de impressões.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>These labels were printed before: %1. Give a reason to reprint them.</source>
        <translation>Estas etiquetas já foram impressas: %1. Informe um motivo para reimprimi-las.</translation>
    </message>
    <message>
        <source>Could not record the label printed.</source>
        <translation>Não foi possível registrar a etiqueta impressa.</translation>
    </message>
    <message numerus="yes">
        <source>Label reprinted (%1, %n package(s)): %2</source>
        <translation>
            <numerusform>Etiqueta reimpressa (%1, %n volume): %2</numerusform>
            <numerusform>Etiqueta reimpressa (%1, %n volumes): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label printed (%1, %n package(s)).</source>
        <translation>
            <numerusform>Etiqueta impressa (%1, %n volume).</numerusform>
            <numerusform>Etiqueta impressa (%1, %n volumes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the order&apos;s timeline.</source>
        <translation>Não foi possível gravar o linha do tempo do pedido.</translation>
    </message>
</context>
<context>
    <name>LabelTemplateStore</name>
    <message>
        <source>There is no built-in label template &quot;%1&quot;.</source>
        <translation>Não existe o modelo de etiqueta padrão &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no label template &quot;%1&quot;; there are: %2.</source>
        <translation>Não existe o modelo de etiqueta &quot;%1&quot;; existem: %2.</translation>
    </message>
    <message>
        <source>template %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in template; save your version under another name.</source>
        <translation>&quot;%1&quot; é um modelo padrão do sistema; salve sua versão com outro nome.</translation>
    </message>
    <message>
        <source>Built-in templates cannot be removed.</source>
        <translation>Modelos padrão do sistema não podem ser removidos.</translation>
    </message>
    <message>
        <source>There is no label template &quot;%1&quot;.</source>
        <translation>Não existe o modelo de etiqueta &quot;%1&quot;.</translation>
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
        <source>Labels</source>
        <translation>Etiquetas</translation>
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
    <name>PickListPdf</name>
    <message>
        <source>Pick list %1</source>
        <translation>Lista de separação %1</translation>
    </message>
    <message numerus="yes">
        <source>Wave %1 · %n tote(s)</source>
        <translation>
            <numerusform>Onda %1 · %n caixa</numerusform>
            <numerusform>Onda %1 · %n caixas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n line(s)</source>
        <translation>
            <numerusform> · %n linha</numerusform>
            <numerusform> · %n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n unit(s)</source>
        <translation>
            <numerusform> · %n unidade</numerusform>
            <numerusform> · %n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Route %1 (in location-code order it would be %2)</source>
        <translation>Percurso %1 (na ordem dos códigos de endereço seria %2)</translation>
    </message>
    <message>
        <source>Printed %1 · page %2 of %3</source>
        <translation>Impresso em %1 · página %2 de %3</translation>
    </message>
    <message>
        <source>Totes: put each order&apos;s items in its tote</source>
        <translation>Caixas: coloque os itens de cada pedido na caixa dele</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Lot / expiry</source>
        <translation>Lote / validade</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Tote</source>
        <translation>Caixa</translation>
    </message>
    <message numerus="yes">
        <source>Wave %1 · %n line(s)</source>
        <translation>
            <numerusform>Onda %1 · %n linha</numerusform>
            <numerusform>Onda %1 · %n linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Route %1 (code order %2)</source>
        <translation>Percurso %1 (ordem de código %2)</translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation>Lote %1</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>tote</source>
        <translation>caixa</translation>
    </message>
    <message>
        <source>There is no pick list to print.</source>
        <translation>Não há lista de separação para imprimir.</translation>
    </message>
    <message>
        <source>Cannot start printing the pick lists.</source>
        <translation>Não foi possível iniciar a impressão das listas de separação.</translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>Não foi possível gravar o PDF: %1</translation>
    </message>
    <message>
        <source>Pick lists</source>
        <translation>Listas de separação</translation>
    </message>
    <message>
        <source>Cannot finish the PDF.</source>
        <translation>Não foi possível concluir o PDF.</translation>
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
    <name>Picking</name>
    <message>
        <source>Take at most N orders (oldest and most urgent first)</source>
        <translation>Pegar no máximo N pedidos (os mais antigos e mais urgentes primeiro)</translation>
    </message>
    <message>
        <source>Only orders of this carrier (repeatable)</source>
        <translation>Somente pedidos desta transportadora (pode ser repetido)</translation>
    </message>
    <message>
        <source>Only orders of this channel code (repeatable)</source>
        <translation>Somente pedidos deste código de canal (pode ser repetido)</translation>
    </message>
    <message>
        <source>Only orders paid before this time (HH:MM today or YYYY-MM-DDTHH:MM, São Paulo time)</source>
        <translation>Somente pedidos pagos antes deste horário (HH:MM de hoje ou AAAA-MM-DDTHH:MM, horário de São Paulo)</translation>
    </message>
    <message>
        <source>Only orders of at least this priority (2 express, 1 waiting &gt; 48 h, 0)</source>
        <translation>Somente pedidos com pelo menos esta prioridade (2 expresso, 1 aguardando &gt; 48 h, 0)</translation>
    </message>
    <message>
        <source>Orders (totes) per pick list (default 24)</source>
        <translation>Pedidos (caixas) por lista de separação (padrão: 24)</translation>
    </message>
    <message>
        <source>Lines per pick list (default 100)</source>
        <translation>Linhas por lista de separação (padrão: 100)</translation>
    </message>
    <message>
        <source>Rule: one wave per carrier (each with the other filters)</source>
        <translation>Regra: uma onda por transportadora (cada uma com os demais filtros)</translation>
    </message>
    <message>
        <source>Show the wave without creating it</source>
        <translation>Mostrar a onda sem criá-la</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking wave create [--max-orders N] [--carrier C] [--channel CODE] [--cut-off TIME] [--min-priority P] [--max-totes N] [--max-lines N] [--per-carrier] [--dry-run] [--json]</source>
        <translation>Uso: retaguarda-cli picking wave create [--max-orders N] [--carrier C] [--channel CODE] [--cut-off TIME] [--min-priority P] [--max-totes N] [--max-lines N] [--per-carrier] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &quot;%2&quot;.</source>
        <translation>--%1 precisa de um número positivo, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--cut-off takes HH:MM or YYYY-MM-DDTHH:MM, not &quot;%1&quot;.</source>
        <translation>--cut-off aceita HH:MM ou AAAA-MM-DDTHH:MM, não &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Wave %1 (%2): %n order(s)</source>
        <translation>
            <numerusform>Onda %1 (%2): %n pedido</numerusform>
            <numerusform>Onda %1 (%2): %n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>route %1 (code order %2)</source>
        <translation>percurso %1 (ordem de código %2)</translation>
    </message>
    <message>
        <source>Wave preview (nothing written):</source>
        <translation>Pré-visualização da onda (nada gravado):</translation>
    </message>
    <message>
        <source>Wave %1 created.</source>
        <translation>Onda %1 criada.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pick list(s)</source>
        <translation>
            <numerusform>%n lista de separação</numerusform>
            <numerusform>%n listas de separação</numerusform>
        </translation>
    </message>
    <message>
        <source>Route: %1 (in location-code order: %2)</source>
        <translation>Percurso: %1 (na ordem dos códigos de endereço: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n tote(s)</source>
        <translation>
            <numerusform>%n caixa</numerusform>
            <numerusform>%n caixas</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped order %1: %2</source>
        <translation>Pedido %1 ignorado: %2</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking wave list [--json]</source>
        <translation>Uso: retaguarda-cli picking wave list [--json]</translation>
    </message>
    <message>
        <source>Wave %1  %2  %3 orders, %4 lists, %5 open tasks, route %6 (code order %7)</source>
        <translation>Onda %1  %2  %3 pedidos, %4 listas, %5 tarefas em aberto, percurso %6 (ordem de código %7)</translation>
    </message>
    <message>
        <source>Wave number</source>
        <translation>Número da onda</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking wave show WAVE [--json]</source>
        <translation>Uso: retaguarda-cli picking wave show WAVE [--json]</translation>
    </message>
    <message>
        <source>Wave %1 (%2): %3 orders, route %4 (code order %5)</source>
        <translation>Onda %1 (%2): %3 pedidos, percurso %4 (ordem de código %5)</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 em aberto</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking wave cancel WAVE</source>
        <translation>Uso: retaguarda-cli picking wave cancel WAVE</translation>
    </message>
    <message>
        <source>Wave %1 cancelled; its orders can go into another wave.</source>
        <translation>Onda %1 cancelada; os pedidos dela podem entrar em outra onda.</translation>
    </message>
    <message>
        <source>Wave number, or one list&apos;s code (W12-03)</source>
        <translation>Número da onda, ou o código de uma lista (W12-03)</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>Arquivo PDF a gravar</translation>
    </message>
    <message>
        <source>80 mm thermal roll instead of A4</source>
        <translation>Bobina térmica de 80 mm em vez de A4</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking list WAVE|LIST -o FILE.pdf [--thermal]</source>
        <translation>Uso: retaguarda-cli picking list WAVE|LIST -o FILE.pdf [--thermal]</translation>
    </message>
    <message numerus="yes">
        <source>%n pick list(s) written to %1</source>
        <translation>
            <numerusform>%n lista de separação gravada em %1</numerusform>
            <numerusform>%n listas de separação gravadas em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick list code (W12-03) or wave number</source>
        <translation>Código da lista de separação (W12-03) ou número da onda</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking tasks LIST|WAVE [--json]</source>
        <translation>Uso: retaguarda-cli picking tasks LIST|WAVE [--json]</translation>
    </message>
    <message>
        <source>tote %1</source>
        <translation>caixa %1</translation>
    </message>
    <message>
        <source>Pick list code (W12-03)</source>
        <translation>Código da lista de separação (W12-03)</translation>
    </message>
    <message>
        <source>What the scanner reads, in order: location, product, [lot,] quantity ...</source>
        <translation>O que o leitor lê, em ordem: endereço, produto, [lote,] quantidade ...</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking scan LIST CODE... [--json]</source>
        <translation>Uso: retaguarda-cli picking scan LIST CODE... [--json]</translation>
    </message>
    <message>
        <source>Order number or tote code (W12-03-05)</source>
        <translation>Número do pedido ou código da caixa (W12-03-05)</translation>
    </message>
    <message>
        <source>A product scanned into the package (repeatable)</source>
        <translation>Um produto lido para dentro do volume (pode ser repetido)</translation>
    </message>
    <message>
        <source>Close the open package (needs --weight and --size)</source>
        <translation>Fechar o volume aberto (exige --weight e --size)</translation>
    </message>
    <message>
        <source>Package weight in grams</source>
        <translation>Peso do volume em gramas</translation>
    </message>
    <message>
        <source>Package size in millimetres, LxWxH</source>
        <translation>Dimensões do volume em milímetros, CxLxA</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking pack ORDER|TOTE [--scan CODE]... [--close --weight G --size LxWxH] [--json]</source>
        <translation>Uso: retaguarda-cli picking pack ORDER|TOTE [--scan CODE]... [--close --weight G --size LxWxH] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 (%2): %3 of %4 units packed, %n package(s)</source>
        <translation>
            <numerusform>Pedido %1 (%2): %3 de %4 unidades embaladas, %n volume</numerusform>
            <numerusform>Pedido %1 (%2): %3 de %4 unidades embaladas, %n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking backorders [--json]</source>
        <translation>Uso: retaguarda-cli picking backorders [--json]</translation>
    </message>
    <message>
        <source>Order %1: %2 × %3 (%4)</source>
        <translation>Pedido %1: %2 × %3 (%4)</translation>
    </message>
    <message>
        <source>No open back-orders.</source>
        <translation>Nenhuma pendência (backorder) em aberto.</translation>
    </message>
    <message>
        <source>Release a picking wave: routed batch pick lists with totes</source>
        <translation>Liberar uma onda de separação: listas de separação em lote, com percurso e caixas</translation>
    </message>
    <message>
        <source>Waves, newest first, with their route lengths</source>
        <translation>Ondas, da mais recente à mais antiga, com o comprimento dos percursos</translation>
    </message>
    <message>
        <source>One wave&apos;s pick lists</source>
        <translation>As listas de separação de uma onda</translation>
    </message>
    <message>
        <source>Cancel a wave whose picking has not started</source>
        <translation>Cancelar uma onda cuja separação ainda não começou</translation>
    </message>
    <message>
        <source>Print a wave&apos;s pick lists (or one list) to PDF, A4 or 80 mm thermal</source>
        <translation>Imprimir as listas de separação de uma onda (ou uma lista) em PDF, A4 ou térmica de 80 mm</translation>
    </message>
    <message>
        <source>A pick list&apos;s tasks in walking order</source>
        <translation>As tarefas de uma lista de separação na ordem do percurso</translation>
    </message>
    <message>
        <source>Confirm picks as a scanner would: location, product, lot, quantity</source>
        <translation>Confirmar separações como faria um leitor: endereço, produto, lote, quantidade</translation>
    </message>
    <message>
        <source>Open back-orders: units short picks could not find anywhere</source>
        <translation>Pendências (backorders) em aberto: unidades em falta na separação que não foram encontradas em nenhum endereço</translation>
    </message>
    <message>
        <source>Pack an order: scan its items, close the package with weight and size</source>
        <translation>Embalar um pedido: ler os itens e fechar o volume com peso e dimensões</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>O pedido %1 não existe.</translation>
    </message>
    <message>
        <source>No tote %1: scan the tote label or type the order number.</source>
        <translation>Não existe a caixa %1: leia a etiqueta da caixa ou digite o número do pedido.</translation>
    </message>
    <message>
        <source>The order does not exist.</source>
        <translation>O pedido não existe.</translation>
    </message>
    <message>
        <source>Nothing was picked for order %1 yet; it cannot be packed.</source>
        <translation>Nada foi separado ainda para o pedido %1; ele não pode ser embalado.</translation>
    </message>
    <message>
        <source>Order %1 is not waiting for packing.</source>
        <translation>O pedido %1 não está aguardando embalagem.</translation>
    </message>
    <message>
        <source>All %1 units packed: weigh and measure the package, then close it.</source>
        <translation>Todas as %1 unidades embaladas: pese e meça o volume e depois feche-o.</translation>
    </message>
    <message>
        <source>There is no open package with items for order %1: scan the items first.</source>
        <translation>Não há volume aberto com itens para o pedido %1: leia os itens primeiro.</translation>
    </message>
    <message>
        <source>Weigh the package: its weight in grams is needed for the label and freight.</source>
        <translation>Pese o volume: o peso em gramas é necessário para a etiqueta e o frete.</translation>
    </message>
    <message>
        <source>Measure the package: length, width and height in millimetres (e.g. 300x200x150).</source>
        <translation>Meça o volume: comprimento, largura e altura em milímetros (por exemplo 300x200x150).</translation>
    </message>
    <message>
        <source>The order workflow is not available; the package was not closed.</source>
        <translation>O fluxo do pedido não está disponível; o volume não foi fechado.</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Separado</translation>
    </message>
    <message numerus="yes">
        <source>Packed: %n package(s)</source>
        <translation>
            <numerusform>Embalado: %n volume</numerusform>
            <numerusform>Embalado: %n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no wave %1.</source>
        <translation>A onda %1 não existe.</translation>
    </message>
    <message>
        <source>There is no pick list %1 (scan the list&apos;s barcode, e.g. W12-03).</source>
        <translation>A lista de separação %1 não existe (leia o código de barras da lista, por exemplo W12-03).</translation>
    </message>
    <message>
        <source>The pick task no longer exists.</source>
        <translation>A tarefa de separação não existe mais.</translation>
    </message>
    <message>
        <source>This pick (%1 at %2) was already confirmed.</source>
        <translation>Esta separação (%1 em %2) já foi confirmada.</translation>
    </message>
    <message>
        <source>This pick list&apos;s wave was cancelled: put the items back and take the new list.</source>
        <translation>A onda desta lista de separação foi cancelada: devolva os itens e pegue a nova lista.</translation>
    </message>
    <message>
        <source>Picked (%1) and missing (%2) units must add up to the %3 this pick asks for.</source>
        <translation>As unidades separadas (%1) e faltantes (%2) devem somar as %3 que esta separação pede.</translation>
    </message>
    <message>
        <source>The order workflow is not available; the pick was not saved.</source>
        <translation>O fluxo do pedido não está disponível; a separação não foi gravada.</translation>
    </message>
    <message>
        <source>Picked (list %1)</source>
        <translation>Separado (lista %1)</translation>
    </message>
    <message>
        <source>%1 × %2 could not be found anywhere else: back-order recorded for order %3.</source>
        <translation>%1 × %2 não foi encontrado em nenhum outro endereço: pendência (backorder) registrada para o pedido %3.</translation>
    </message>
    <message>
        <source>The missing units were re-allocated: pick them at %1 at the end of the walk.</source>
        <translation>As unidades faltantes foram realocadas: separe-as em %1 no fim do percurso.</translation>
    </message>
    <message>
        <source>No paid order with reserved stock matches this filter; nothing to pick.</source>
        <translation>Nenhum pedido pago com estoque reservado atende a este filtro; nada a separar.</translation>
    </message>
    <message numerus="yes">
        <source>No order can be picked: %n order(s) match but their stock is not fully reserved (order %1: %2).</source>
        <translation>
            <numerusform>Nenhum pedido pode ser separado: %n pedido atende, mas o estoque dele não está totalmente reservado (pedido %1: %2).</numerusform>
            <numerusform>Nenhum pedido pode ser separado: %n pedidos atendem, mas o estoque deles não está totalmente reservado (pedido %1: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The order workflow is not available; the wave was not created.</source>
        <translation>O fluxo do pedido não está disponível; a onda não foi criada.</translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>Onda %1</translation>
    </message>
    <message>
        <source>No paid order with reserved stock is waiting; nothing to pick.</source>
        <translation>Nenhum pedido pago com estoque reservado está aguardando; nada a separar.</translation>
    </message>
    <message numerus="yes">
        <source>Picking of this wave has started (%n task(s) confirmed); it can no longer be cancelled.</source>
        <translation>
            <numerusform>A separação desta onda já começou (%n tarefa confirmada); ela não pode mais ser cancelada.</numerusform>
            <numerusform>A separação desta onda já começou (%n tarefas confirmadas); ela não pode mais ser cancelada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan a product of order %1.</source>
        <translation>Leia um produto do pedido %1.</translation>
    </message>
    <message>
        <source>%1 is not in order %2: set it aside.</source>
        <translation>%1 não está no pedido %2: deixe-o à parte.</translation>
    </message>
    <message>
        <source>Lot %1 of %2 was not picked for order %3: set it aside.</source>
        <translation>O lote %1 de %2 não foi separado para o pedido %3: deixe-o à parte.</translation>
    </message>
    <message>
        <source>One %1 too many: order %2 has %3 of it, all packed already.</source>
        <translation>Um %1 a mais: o pedido %2 tem %3, todos já embalados.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>List complete</source>
        <translation>Lista concluída</translation>
    </message>
    <message>
        <source>Go to %1 and scan the location</source>
        <translation>Vá até %1 e leia o endereço</translation>
    </message>
    <message>
        <source>Scan the product %1</source>
        <translation>Leia o produto %1</translation>
    </message>
    <message>
        <source>Scan the lot %1</source>
        <translation>Leia o lote %1</translation>
    </message>
    <message>
        <source>Quantity: %1 of %2 counted — scan again or type the quantity</source>
        <translation>Quantidade: %1 de %2 contadas — leia de novo ou digite a quantidade</translation>
    </message>
    <message>
        <source>Type the quantity (%1) into tote %2</source>
        <translation>Digite a quantidade (%1) para a caixa %2</translation>
    </message>
    <message>
        <source>This pick list is complete; nothing more to scan.</source>
        <translation>Esta lista de separação está concluída; não há mais nada a ler.</translation>
    </message>
    <message>
        <source>Location %1 confirmed</source>
        <translation>Endereço %1 confirmado</translation>
    </message>
    <message>
        <source>Scan the location label first: go to %1.</source>
        <translation>Leia primeiro a etiqueta do endereço: vá até %1.</translation>
    </message>
    <message>
        <source>Wrong location %1: this pick is at %2.</source>
        <translation>Endereço errado %1: esta separação é em %2.</translation>
    </message>
    <message>
        <source>Location already confirmed: now scan the product %1.</source>
        <translation>Endereço já confirmado: agora leia o produto %1.</translation>
    </message>
    <message>
        <source>Wrong product %1: this pick is %2 — %3 (EAN %4). Put it back.</source>
        <translation>Produto errado %1: esta separação é %2 — %3 (EAN %4). Devolva-o.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Wrong lot %1: this pick is lot %2%3. Take the lot on the list.</source>
        <translation>Lote errado %1: esta separação é do lote %2%3. Pegue o lote da lista.</translation>
    </message>
    <message>
        <source> (expires %1)</source>
        <translation> (validade %1)</translation>
    </message>
    <message>
        <source>Picked 1 × %1 into tote %2</source>
        <translation>Separado 1 × %1 na caixa %2</translation>
    </message>
    <message>
        <source>Product %1 confirmed</source>
        <translation>Produto %1 confirmado</translation>
    </message>
    <message>
        <source>Scan the lot code %1 printed on the package.</source>
        <translation>Leia o código do lote %1 impresso na embalagem.</translation>
    </message>
    <message>
        <source>Picked 1 × %1 (lot %2) into tote %3</source>
        <translation>Separado 1 × %1 (lote %2) na caixa %3</translation>
    </message>
    <message>
        <source>Lot %1 confirmed</source>
        <translation>Lote %1 confirmado</translation>
    </message>
    <message>
        <source>Wrong lot %1: this pick is lot %2.</source>
        <translation>Lote errado %1: esta separação é do lote %2.</translation>
    </message>
    <message>
        <source>Already %1 of %2: put the extra unit back.</source>
        <translation>Já são %1 de %2: devolva a unidade a mais.</translation>
    </message>
    <message>
        <source>Picked %1 × %2 into tote %3</source>
        <translation>Separado %1 × %2 na caixa %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity: type the number of units (%2) and Enter.</source>
        <translation>&quot;%1&quot; não é uma quantidade: digite o número de unidades (%2) e Enter.</translation>
    </message>
    <message>
        <source>%1 is more than this pick asks (%2): put the extra back.</source>
        <translation>%1 é mais do que esta separação pede (%2): devolva o excedente.</translation>
    </message>
    <message>
        <source>Only %1 of %2? Type %1 again to record a short pick, or count again.</source>
        <translation>Só %1 de %2? Digite %1 de novo para registrar a falta, ou conte novamente.</translation>
    </message>
    <message>
        <source>Short pick recorded: %1 of %2 × %3; the missing %4 are looked for elsewhere.</source>
        <translation>Falta registrada: %1 de %2 × %3; as %4 unidades faltantes serão procuradas em outros endereços.</translation>
    </message>
    <message>
        <source>no stock reserved</source>
        <translation>nenhum estoque reservado</translation>
    </message>
    <message>
        <source>stock reserved for %1 of %2 units</source>
        <translation>estoque reservado para %1 de %2 unidades</translation>
    </message>
    <message>
        <source>Cannot draw the barcode of &quot;%1&quot;: %2</source>
        <translation>Não foi possível desenhar o código de barras de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot draw the barcode of &quot;%1&quot;.</source>
        <translation>Não foi possível desenhar o código de barras de &quot;%1&quot;.</translation>
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
        <source>Picking</source>
        <translation>Separação</translation>
    </message>
    <message>
        <source>Scan (picking)</source>
        <translation>Leitura (separação)</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Embalagem</translation>
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
    <name>Stock</name>
    <message>
        <source>SKU, EAN or lot</source>
        <translation>SKU, EAN ou lote</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock show SKU|EAN|LOT [--json]</source>
        <translation>Uso: retaguarda-cli stock show SKU|EAN|LOT [--json]</translation>
    </message>
    <message>
        <source>On hand %1 %4 · reserved %2 · available %3</source>
        <translation>Em estoque %1 %4 · reservado %2 · disponível %3</translation>
    </message>
    <message>
        <source>Product SKU or EAN</source>
        <translation>SKU ou EAN do produto</translation>
    </message>
    <message>
        <source>Quantity (&gt; 0)</source>
        <translation>Quantidade (&gt; 0)</translation>
    </message>
    <message>
        <source>Location code to take from</source>
        <translation>Código do endereço de origem</translation>
    </message>
    <message>
        <source>Location code to put into</source>
        <translation>Código do endereço de destino</translation>
    </message>
    <message>
        <source>Lot code (lot-controlled products)</source>
        <translation>Código do lote (produtos com controle de lote)</translation>
    </message>
    <message>
        <source>transfer, adjustment, write_off, return, putaway, receipt ...</source>
        <translation>transfer, adjustment, write_off, return, putaway, receipt ...</translation>
    </message>
    <message>
        <source>Why (kept with the movement)</source>
        <translation>Motivo (guardado com a movimentação)</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Documento de referência</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock move --sku S --qty N [--from CODE] [--to CODE] [--lot L] --kind K [--reason R] [--json]</source>
        <translation>Uso: retaguarda-cli stock move --sku S --qty N [--from CODE] [--to CODE] [--lot L] --kind K [--reason R] [--json]</translation>
    </message>
    <message>
        <source>Movement %1 posted.</source>
        <translation>Movimentação %1 lançada.</translation>
    </message>
    <message>
        <source>Product GTIN (as scanned) or SKU</source>
        <translation>GTIN do produto (como lido) ou SKU</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Quantidade recebida</translation>
    </message>
    <message>
        <source>Lot code</source>
        <translation>Código do lote</translation>
    </message>
    <message>
        <source>Expiry date YYYY-MM-DD</source>
        <translation>Data de validade AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Receipt id (default: a new receipt expecting just this)</source>
        <translation>ID do recebimento (padrão: um novo recebimento que espera só isto)</translation>
    </message>
    <message>
        <source>Supplier invoice / purchase order</source>
        <translation>Nota fiscal do fornecedor / pedido de compra</translation>
    </message>
    <message>
        <source>Put away into this location (default: the suggestion)</source>
        <translation>Armazenar neste endereço (padrão: o sugerido)</translation>
    </message>
    <message>
        <source>Leave the goods at the receiving dock</source>
        <translation>Deixar a mercadoria na doca de recebimento</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock receive --sku GTIN --qty N [--lot L --expiry YYYY-MM-DD] [--receipt ID] [--to CODE | --no-putaway] [--json]</source>
        <translation>Uso: retaguarda-cli stock receive --sku GTIN --qty N [--lot L --expiry YYYY-MM-DD] [--receipt ID] [--to CODE | --no-putaway] [--json]</translation>
    </message>
    <message>
        <source>The expiry date must be YYYY-MM-DD, e.g. 2027-06-30.</source>
        <translation>A data de validade deve estar no formato AAAA-MM-DD, por exemplo 2027-06-30.</translation>
    </message>
    <message>
        <source>Received %1 × %2 (%3 of %4).</source>
        <translation>Recebido %1 × %2 (%3 de %4).</translation>
    </message>
    <message>
        <source>Put away into %1.</source>
        <translation>Armazenado em %1.</translation>
    </message>
    <message>
        <source>Suggested location: %1 (%2).</source>
        <translation>Endereço sugerido: %1 (%2).</translation>
    </message>
    <message>
        <source>Near-expiry window in days (default %1)</source>
        <translation>Janela de vencimento próximo em dias (padrão: %1)</translation>
    </message>
    <message>
        <source>Only lots already expired</source>
        <translation>Somente lotes já vencidos</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock expiring [--days N] [--expired] [--json]</source>
        <translation>Uso: retaguarda-cli stock expiring [--days N] [--expired] [--json]</translation>
    </message>
    <message>
        <source>expired %1 d ago</source>
        <translation>vencido há %1 d</translation>
    </message>
    <message>
        <source>%1 d left</source>
        <translation>faltam %1 d</translation>
    </message>
    <message>
        <source>Only this product&apos;s lot</source>
        <translation>Somente o lote deste produto</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock recall --lot L [--sku S] [--json]</source>
        <translation>Uso: retaguarda-cli stock recall --lot L [--sku S] [--json]</translation>
    </message>
    <message>
        <source>No order received lot %1.</source>
        <translation>Nenhum pedido recebeu o lote %1.</translation>
    </message>
    <message>
        <source>start, scan, review, post, list</source>
        <translation>start, scan, review, post, list</translation>
    </message>
    <message>
        <source>Count id (scan, review, post)</source>
        <translation>ID do inventário (scan, review, post)</translation>
    </message>
    <message>
        <source>full, zone or abc</source>
        <translation>full, zone ou abc</translation>
    </message>
    <message>
        <source>The zone or the ABC class</source>
        <translation>A zona ou a classe ABC</translation>
    </message>
    <message>
        <source>Location code scanned</source>
        <translation>Código do endereço lido</translation>
    </message>
    <message>
        <source>GTIN or SKU scanned</source>
        <translation>GTIN ou SKU lido</translation>
    </message>
    <message>
        <source>Lot scanned</source>
        <translation>Lote lido</translation>
    </message>
    <message>
        <source>Units (default 1 per scan)</source>
        <translation>Unidades (padrão: 1 por leitura)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock count start --scope full|zone|abc [--value V]
       retaguarda-cli stock count scan COUNT --location CODE --product GTIN [--lot L] [--qty N]
       retaguarda-cli stock count review|post COUNT [--json]
       retaguarda-cli stock count list [--json]</source>
        <translation>Uso: retaguarda-cli stock count start --scope full|zone|abc [--value V]
     retaguarda-cli stock count scan COUNT --location CODE --product GTIN [--lot L] [--qty N]
     retaguarda-cli stock count review|post COUNT [--json]
     retaguarda-cli stock count list [--json]</translation>
    </message>
    <message>
        <source>Counted.</source>
        <translation>Contado.</translation>
    </message>
    <message>
        <source>%1 differences posted.</source>
        <translation>%1 diferenças lançadas.</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock replenishment [--json]</source>
        <translation>Uso: retaguarda-cli stock replenishment [--json]</translation>
    </message>
    <message>
        <source>refill   %1  %2 × from %3 (lot %4) to %5  (has %6, min %7)</source>
        <translation>repor    %1  %2 × de %3 (lote %4) para %5  (tem %6, mín. %7)</translation>
    </message>
    <message>
        <source>purchase %1  %2  (available %3, min %4, max %5)</source>
        <translation>comprar  %1  %2  (disponível %3, mín. %4, máx. %5)</translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock demo [--json]</source>
        <translation>Uso: retaguarda-cli stock demo [--json]</translation>
    </message>
    <message>
        <source>A warehouse exists already: the stock demo was not created again.</source>
        <translation>Já existe um depósito: a demonstração de estoque não foi criada de novo.</translation>
    </message>
    <message>
        <source>Demo warehouse CD1: %1 locations, %2 products, %3 lots, %4 movements; %5 orders reserved (%6 short) in %7 ms.</source>
        <translation>Depósito de demonstração CD1: %1 endereços, %2 produtos, %3 lotes, %4 movimentações; %5 pedidos reservados (%6 com falta) em %7 ms.</translation>
    </message>
    <message>
        <source>On hand, reserved and available of a product per location and lot</source>
        <translation>Estoque físico, reservado e disponível de um produto por endereço e lote</translation>
    </message>
    <message>
        <source>Post a stock movement (transfer, adjustment, write-off ...)</source>
        <translation>Lançar uma movimentação de estoque (transferência, ajuste, baixa ...)</translation>
    </message>
    <message>
        <source>Receive goods (lot, expiry) and put them away</source>
        <translation>Receber mercadorias (lote, validade) e armazená-las</translation>
    </message>
    <message>
        <source>Lots near expiry or expired</source>
        <translation>Lotes próximos do vencimento ou vencidos</translation>
    </message>
    <message>
        <source>Every order and customer that received a lot</source>
        <translation>Todos os pedidos e clientes que receberam um lote</translation>
    </message>
    <message>
        <source>Inventory counts: start, scan, review, post</source>
        <translation>Inventários: iniciar, ler, revisar, lançar</translation>
    </message>
    <message>
        <source>Pick faces to refill and products to buy</source>
        <translation>Posições de picking a repor e produtos a comprar</translation>
    </message>
    <message>
        <source>Create the demo warehouse, stock and reservations (once)</source>
        <translation>Criar o depósito, o estoque e as reservas de demonstração (uma vez)</translation>
    </message>
    <message>
        <source>A count is full, by zone or by ABC class (full, zone, abc).</source>
        <translation>Um inventário é geral, por zona ou por classe ABC (full, zone, abc).</translation>
    </message>
    <message>
        <source>Say which zone to count.</source>
        <translation>Diga qual zona contar.</translation>
    </message>
    <message>
        <source>Say which ABC class to count.</source>
        <translation>Diga qual classe ABC contar.</translation>
    </message>
    <message>
        <source>Nothing to count: no stock in this scope.</source>
        <translation>Nada a contar: não há estoque neste escopo.</translation>
    </message>
    <message>
        <source>A counted quantity cannot be negative.</source>
        <translation>Uma quantidade contada não pode ser negativa.</translation>
    </message>
    <message>
        <source>No such count.</source>
        <translation>Inventário não encontrado.</translation>
    </message>
    <message>
        <source>This count is already posted or cancelled.</source>
        <translation>Este inventário já foi lançado ou cancelado.</translation>
    </message>
    <message>
        <source>No product with EAN or SKU &quot;%1&quot;.</source>
        <translation>Nenhum produto com EAN ou SKU &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is lot-controlled: scan the lot too.</source>
        <translation>%1 tem controle de lote: leia também o lote.</translation>
    </message>
    <message>
        <source>Lot %1 of %2 is not known: receive it first, or check the label.</source>
        <translation>O lote %1 de %2 não é conhecido: receba-o primeiro ou confira a etiqueta.</translation>
    </message>
    <message>
        <source>No such count line.</source>
        <translation>Linha de inventário não encontrada.</translation>
    </message>
    <message>
        <source>Inventory count: counted %1, system had %2</source>
        <translation>Inventário: contado %1, o sistema tinha %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
    <message>
        <source>Only an open count can be cancelled.</source>
        <translation>Só um inventário aberto pode ser cancelado.</translation>
    </message>
    <message>
        <source>A location needs a code (its printed address, e.g. A-01-02-03).</source>
        <translation>Um endereço precisa de um código (o endereço impresso, por exemplo A-01-02-03).</translation>
    </message>
    <message>
        <source>Unknown location kind &quot;%1&quot;: use pick, reserve, receiving, shipping or quarantine.</source>
        <translation>Tipo de endereço desconhecido &quot;%1&quot;: use pick, reserve, receiving, shipping ou quarantine.</translation>
    </message>
    <message>
        <source>Location %1 already exists in this warehouse.</source>
        <translation>O endereço %1 já existe neste depósito.</translation>
    </message>
    <message>
        <source>The location was not written.</source>
        <translation>O endereço não foi gravado.</translation>
    </message>
    <message>
        <source>A warehouse needs a code and a name.</source>
        <translation>Um depósito precisa de um código e de um nome.</translation>
    </message>
    <message>
        <source>Warehouse %1 already exists.</source>
        <translation>O depósito %1 já existe.</translation>
    </message>
    <message>
        <source>There is no warehouse yet. Create one (Stock → Locations, or `retaguarda-cli stock demo`).</source>
        <translation>Ainda não há depósito. Crie um (Estoque → Endereços, ou `retaguarda-cli stock demo`).</translation>
    </message>
    <message>
        <source>A layout needs at least one aisle, rack, level and position.</source>
        <translation>Uma estrutura de endereços precisa de pelo menos uma rua, um módulo, um nível e uma posição.</translation>
    </message>
    <message>
        <source>No such location.</source>
        <translation>Endereço não encontrado.</translation>
    </message>
    <message>
        <source>No location with code &quot;%1&quot;.</source>
        <translation>Nenhum endereço com o código &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No lot &quot;%1&quot; of this product.</source>
        <translation>Este produto não tem o lote &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type or scan the lot printed on the package.</source>
        <translation>Digite ou leia o lote impresso na embalagem.</translation>
    </message>
    <message>
        <source>Lot %1 is recorded with expiry %2, not %3. Check the label; if the recorded date is wrong, correct the lot first.</source>
        <translation>O lote %1 está cadastrado com validade %2, não %3. Confira a etiqueta; se a data cadastrada estiver errada, corrija o lote primeiro.</translation>
    </message>
    <message>
        <source>This product has expiry control: give the lot&apos;s expiry date.</source>
        <translation>Este produto tem controle de validade: informe a data de validade do lote.</translation>
    </message>
    <message>
        <source>No such lot.</source>
        <translation>Lote não encontrado.</translation>
    </message>
    <message>
        <source>The maximum (%1) is below the minimum (%2).</source>
        <translation>O máximo (%1) é menor que o mínimo (%2).</translation>
    </message>
    <message>
        <source>The pick face maximum (%1) is below its minimum (%2).</source>
        <translation>O máximo da posição de picking (%1) é menor que o mínimo (%2).</translation>
    </message>
    <message>
        <source>The ABC class is A, B, C or empty.</source>
        <translation>A classe ABC é A, B, C ou vazia.</translation>
    </message>
    <message>
        <source>A receipt needs at least one expected item.</source>
        <translation>Um recebimento precisa de pelo menos um item esperado.</translation>
    </message>
    <message>
        <source>Expected quantities must be greater than zero.</source>
        <translation>As quantidades esperadas devem ser maiores que zero.</translation>
    </message>
    <message>
        <source>A product is listed twice on the receipt: give it once with the total.</source>
        <translation>Um produto aparece duas vezes no recebimento: informe-o uma vez só, com o total.</translation>
    </message>
    <message>
        <source>No such receipt.</source>
        <translation>Recebimento não encontrado.</translation>
    </message>
    <message>
        <source>This receipt is closed; open a new one for further goods.</source>
        <translation>Este recebimento está fechado; abra um novo para outras mercadorias.</translation>
    </message>
    <message>
        <source>The quantity received must be greater than zero.</source>
        <translation>A quantidade recebida deve ser maior que zero.</translation>
    </message>
    <message>
        <source>%1 is not expected on this receipt. Set it aside and ask the buyer.</source>
        <translation>%1 não é esperado neste recebimento. Deixe-o à parte e consulte o comprador.</translation>
    </message>
    <message>
        <source>%1: %2 expected, %3 already received; %4 more is over the receipt.</source>
        <translation>%1: %2 esperados, %3 já recebidos; mais %4 ultrapassa o recebimento.</translation>
    </message>
    <message>
        <source>%1 is lot-controlled: scan or type the lot.</source>
        <translation>%1 tem controle de lote: leia ou digite o lote.</translation>
    </message>
    <message>
        <source>%1 has expiry control: type the expiry date printed on the package.</source>
        <translation>%1 tem controle de validade: digite a data de validade impressa na embalagem.</translation>
    </message>
    <message>
        <source>the product&apos;s pick face</source>
        <translation>a posição de picking do produto</translation>
    </message>
    <message>
        <source>the product is already stored here</source>
        <translation>o produto já está armazenado aqui</translation>
    </message>
    <message>
        <source>free location in %1</source>
        <translation>endereço livre em %1</translation>
    </message>
    <message>
        <source>No free storage location is left. Free or add locations, or choose one by hand.</source>
        <translation>Não há mais endereço de armazenagem livre. Libere ou cadastre endereços, ou escolha um manualmente.</translation>
    </message>
    <message>
        <source>No free location in zone %1 is left. Free or add one, or choose one by hand.</source>
        <translation>Não há mais endereço livre na zona %1. Libere ou cadastre um, ou escolha um manualmente.</translation>
    </message>
    <message>
        <source>%1 is not a storage location (it is %2).</source>
        <translation>%1 não é um endereço de armazenagem (é %2).</translation>
    </message>
    <message>
        <source>The stock of this location changed meanwhile; try again.</source>
        <translation>O estoque deste endereço mudou nesse meio-tempo; tente novamente.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Stock short, not reserved: %1</source>
        <translation>Falta de estoque, não reservado: %1</translation>
    </message>
    <message>
        <source>The reservation no longer exists.</source>
        <translation>A reserva não existe mais.</translation>
    </message>
    <message>
        <source>This reservation is no longer active (the order was cancelled or already picked).</source>
        <translation>Esta reserva não está mais ativa (o pedido foi cancelado ou já separado).</translation>
    </message>
    <message>
        <source>Pick between 1 and %1 units for this line, not %2.</source>
        <translation>Separe entre 1 e %1 unidades para esta linha, não %2.</translation>
    </message>
    <message>
        <source>This reservation is no longer active.</source>
        <translation>Esta reserva não está mais ativa.</translation>
    </message>
    <message>
        <source>The short quantity must be between 1 and %1, not %2.</source>
        <translation>A quantidade em falta deve estar entre 1 e %1, não %2.</translation>
    </message>
    <message>
        <source>Short pick of %1 × %2 at %3: %4 re-allocated, %5 on back-order</source>
        <translation>Falta na separação de %1 × %2 em %3: %4 realocadas, %5 em pendência (backorder)</translation>
    </message>
    <message>
        <source>Short pick of %1 × %2 at %3: re-allocated from other lots/locations</source>
        <translation>Falta na separação de %1 × %2 em %3: realocado de outros lotes/endereços</translation>
    </message>
    <message>
        <source>No order number %1.</source>
        <translation>Não existe o pedido número %1.</translation>
    </message>
    <message>
        <source>The product of the movement does not exist.</source>
        <translation>O produto da movimentação não existe.</translation>
    </message>
    <message>
        <source>The location of the movement does not exist.</source>
        <translation>O endereço da movimentação não existe.</translation>
    </message>
    <message>
        <source>Unknown movement kind &quot;%1&quot;. Use one of: %2.</source>
        <translation>Tipo de movimentação desconhecido &quot;%1&quot;. Use um destes: %2.</translation>
    </message>
    <message>
        <source>The quantity of a movement must be greater than zero.</source>
        <translation>A quantidade de uma movimentação deve ser maior que zero.</translation>
    </message>
    <message>
        <source>A movement needs a location to take from, to put into, or both.</source>
        <translation>Uma movimentação precisa de um endereço de origem, de destino ou de ambos.</translation>
    </message>
    <message>
        <source>The movement takes from and puts into the same location.</source>
        <translation>A movimentação tem o mesmo endereço de origem e de destino.</translation>
    </message>
    <message>
        <source>%1 is lot-controlled: say which lot moves.</source>
        <translation>%1 tem controle de lote: diga qual lote é movimentado.</translation>
    </message>
    <message>
        <source>%1 has no lot control: a movement of it carries no lot.</source>
        <translation>%1 não tem controle de lote: uma movimentação dele não leva lote.</translation>
    </message>
    <message>
        <source>The lot does not belong to %1.</source>
        <translation>O lote não pertence a %1.</translation>
    </message>
    <message>
        <source>Location %1 is blocked: nothing can be put into it. Unblock it or choose another.</source>
        <translation>O endereço %1 está bloqueado: nada pode ser armazenado nele. Desbloqueie-o ou escolha outro.</translation>
    </message>
    <message>
        <source>, lot %1</source>
        <translation>, lote %1</translation>
    </message>
    <message>
        <source>Cannot pick %1 × %2 from %3%4: on hand %5, reserved %6. Count the location and re-allocate the order.</source>
        <translation>Não é possível separar %1 × %2 de %3%4: em estoque %5, reservado %6. Conte o endereço e realoque o pedido.</translation>
    </message>
    <message>
        <source>Not enough stock: %1 at %2%3 has %4 on hand, %5 of them reserved for orders, so only %6 can move, not %7. Stock never goes below zero; move less or release reservations first.</source>
        <translation>Estoque insuficiente: %1 em %2%3 tem %4 em estoque, %5 reservados para pedidos; portanto só %6 podem ser movimentados, não %7. O estoque nunca fica negativo; movimente menos ou libere reservas antes.</translation>
    </message>
    <message>
        <source>Not enough stock: %1 at %2%3 has %4 on hand, not %5. Stock never goes below zero; move less or check the location.</source>
        <translation>Estoque insuficiente: %1 em %2%3 tem %4 em estoque, não %5. O estoque nunca fica negativo; movimente menos ou confira o endereço.</translation>
    </message>
    <message>
        <source>Location %1 holds at most %2 units and has %3: %4 more do not fit.</source>
        <translation>O endereço %1 comporta no máximo %2 unidades e tem %3: mais %4 não cabem.</translation>
    </message>
    <message>
        <source>No such product.</source>
        <translation>Produto não encontrado.</translation>
    </message>
    <message>
        <source>Type or scan a SKU, EAN or lot.</source>
        <translation>Digite ou leia um SKU, EAN ou lote.</translation>
    </message>
    <message>
        <source>No product with SKU, EAN or lot &quot;%1&quot;.</source>
        <translation>Nenhum produto com SKU, EAN ou lote &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recebimento</translation>
    </message>
    <message>
        <source>Put-away</source>
        <translation>Armazenagem</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferência</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Separação</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Count difference</source>
        <translation>Diferença de inventário</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Baixa</translation>
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
    <message>
        <source>lot %1 · SKU %2 · on hand %3</source>
        <translation>lote %1 · SKU %2 · em estoque %3</translation>
    </message>
    <message>
        <source>location %1 · SKU %2 · on hand %3</source>
        <translation>endereço %1 · SKU %2 · em estoque %3</translation>
    </message>
</context>
<context>
    <name>StockUi</name>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Estoque</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Recebimento</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Inventários</translation>
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
    <message>
        <source>Stock not reserved: %1</source>
        <translation>Estoque não reservado: %1</translation>
    </message>
    <message>
        <source>Stock reservations not released, release them in Stock: %1</source>
        <translation>Reservas de estoque não liberadas; libere-as em Estoque: %1</translation>
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
    <name>billing::Occurrence</name>
    <message>
        <source>Occurrence code not in this bank&apos;s table</source>
        <translation>Código de ocorrência fora da tabela deste banco</translation>
    </message>
    <message>
        <source>Invalid bank code</source>
        <translation>Código do banco inválido</translation>
    </message>
    <message>
        <source>Invalid detail record code</source>
        <translation>Código do registro detalhe inválido</translation>
    </message>
    <message>
        <source>Invalid segment code</source>
        <translation>Código do segmento inválido</translation>
    </message>
    <message>
        <source>Movement code not allowed for the portfolio</source>
        <translation>Código de movimento não permitido para a carteira</translation>
    </message>
    <message>
        <source>Invalid movement code</source>
        <translation>Código de movimento inválido</translation>
    </message>
    <message>
        <source>Invalid beneficiary registration type/number</source>
        <translation>Tipo/número de inscrição do beneficiário inválido</translation>
    </message>
    <message>
        <source>Invalid agency/account/check digit</source>
        <translation>Agência/conta/DV inválido</translation>
    </message>
    <message>
        <source>Invalid nosso número</source>
        <translation>Nosso número inválido</translation>
    </message>
    <message>
        <source>Duplicate nosso número</source>
        <translation>Nosso número duplicado</translation>
    </message>
    <message>
        <source>Invalid portfolio (carteira)</source>
        <translation>Carteira inválida</translation>
    </message>
    <message>
        <source>Invalid title registration form</source>
        <translation>Forma de cadastramento do título inválida</translation>
    </message>
    <message>
        <source>Invalid document type</source>
        <translation>Tipo de documento inválido</translation>
    </message>
    <message>
        <source>Invalid boleto issuance identification</source>
        <translation>Identificação da emissão do boleto inválida</translation>
    </message>
    <message>
        <source>Invalid boleto distribution identification</source>
        <translation>Identificação da distribuição do boleto inválida</translation>
    </message>
    <message>
        <source>Incompatible collection characteristics</source>
        <translation>Características da cobrança incompatíveis</translation>
    </message>
    <message>
        <source>Invalid due date</source>
        <translation>Data de vencimento inválida</translation>
    </message>
    <message>
        <source>Due date before the issue date</source>
        <translation>Data de vencimento anterior à data de emissão</translation>
    </message>
    <message>
        <source>Due date outside the operation&apos;s term</source>
        <translation>Vencimento fora do prazo de operação</translation>
    </message>
    <message>
        <source>Title at correspondent banks due in less than the minimum days</source>
        <translation>Título a cargo de bancos correspondentes com vencimento inferior ao prazo mínimo</translation>
    </message>
    <message>
        <source>Invalid title amount</source>
        <translation>Valor do título inválido</translation>
    </message>
    <message>
        <source>Invalid title kind (espécie)</source>
        <translation>Espécie do título inválida</translation>
    </message>
    <message>
        <source>Title kind not allowed for the portfolio</source>
        <translation>Espécie do título não permitida para a carteira</translation>
    </message>
    <message>
        <source>Invalid acceptance (aceite)</source>
        <translation>Aceite inválido</translation>
    </message>
    <message>
        <source>Invalid issue date</source>
        <translation>Data de emissão inválida</translation>
    </message>
    <message>
        <source>Issue date after the entry date</source>
        <translation>Data de emissão posterior à data de entrada</translation>
    </message>
    <message>
        <source>Invalid late interest code</source>
        <translation>Código de juros de mora inválido</translation>
    </message>
    <message>
        <source>Invalid late interest amount/rate</source>
        <translation>Valor/taxa de juros de mora inválido</translation>
    </message>
    <message>
        <source>Invalid discount code</source>
        <translation>Código do desconto inválido</translation>
    </message>
    <message>
        <source>Discount equal to or greater than the title amount</source>
        <translation>Valor do desconto maior ou igual ao valor do título</translation>
    </message>
    <message>
        <source>Discount to grant does not match</source>
        <translation>Desconto a conceder não confere</translation>
    </message>
    <message>
        <source>Discount already granted</source>
        <translation>Concessão de desconto: já existe desconto anterior</translation>
    </message>
    <message>
        <source>Invalid IOF amount</source>
        <translation>Valor do IOF inválido</translation>
    </message>
    <message>
        <source>Invalid rebate (abatimento) amount</source>
        <translation>Valor do abatimento inválido</translation>
    </message>
    <message>
        <source>Rebate equal to or greater than the title amount</source>
        <translation>Valor do abatimento maior ou igual ao valor do título</translation>
    </message>
    <message>
        <source>Rebate to grant does not match</source>
        <translation>Abatimento a conceder não confere</translation>
    </message>
    <message>
        <source>Rebate already granted</source>
        <translation>Concessão de abatimento: já existe abatimento anterior</translation>
    </message>
    <message>
        <source>Invalid protest code</source>
        <translation>Código para protesto inválido</translation>
    </message>
    <message>
        <source>Invalid protest term</source>
        <translation>Prazo para protesto inválido</translation>
    </message>
    <message>
        <source>Protest not allowed for the title</source>
        <translation>Pedido de protesto não permitido para o título</translation>
    </message>
    <message>
        <source>Title with a protest order already issued</source>
        <translation>Título com ordem de protesto emitida</translation>
    </message>
    <message>
        <source>Protest cancellation for a title without a protest instruction</source>
        <translation>Pedido de cancelamento/sustação para título sem instrução de protesto</translation>
    </message>
    <message>
        <source>Invalid write-off/return code</source>
        <translation>Código para baixa/devolução inválido</translation>
    </message>
    <message>
        <source>Invalid write-off/return term</source>
        <translation>Prazo para baixa/devolução inválido</translation>
    </message>
    <message>
        <source>Invalid currency code</source>
        <translation>Código da moeda inválido</translation>
    </message>
    <message>
        <source>Payer name missing</source>
        <translation>Nome do pagador não informado</translation>
    </message>
    <message>
        <source>Invalid payer registration type/number</source>
        <translation>Tipo/número de inscrição do pagador inválido</translation>
    </message>
    <message>
        <source>Payer address missing</source>
        <translation>Endereço do pagador não informado</translation>
    </message>
    <message>
        <source>Invalid CEP</source>
        <translation>CEP inválido</translation>
    </message>
    <message>
        <source>CEP without a collection location</source>
        <translation>CEP sem praça de cobrança</translation>
    </message>
    <message>
        <source>CEP of a correspondent bank</source>
        <translation>CEP referente a um banco correspondente</translation>
    </message>
    <message>
        <source>CEP does not match the state</source>
        <translation>CEP incompatível com a UF</translation>
    </message>
    <message>
        <source>Invalid state</source>
        <translation>UF inválida</translation>
    </message>
    <message>
        <source>Invalid guarantor registration type/number</source>
        <translation>Tipo/número de inscrição do sacador/avalista inválido</translation>
    </message>
    <message>
        <source>Guarantor missing</source>
        <translation>Sacador/avalista não informado</translation>
    </message>
    <message>
        <source>Nosso número at the correspondent bank missing</source>
        <translation>Nosso número no banco correspondente não informado</translation>
    </message>
    <message>
        <source>Correspondent bank code missing</source>
        <translation>Código do banco correspondente não informado</translation>
    </message>
    <message>
        <source>Invalid fine code</source>
        <translation>Código da multa inválido</translation>
    </message>
    <message>
        <source>Invalid fine date</source>
        <translation>Data da multa inválida</translation>
    </message>
    <message>
        <source>Invalid fine amount/percentage</source>
        <translation>Valor/percentual da multa inválido</translation>
    </message>
    <message>
        <source>Movement for a title that is not registered</source>
        <translation>Movimento para título não cadastrado</translation>
    </message>
    <message>
        <source>Invalid change of collecting agency</source>
        <translation>Alteração da agência cobradora inválida</translation>
    </message>
    <message>
        <source>Invalid print type</source>
        <translation>Tipo de impressão inválido</translation>
    </message>
    <message>
        <source>Entry for a title already registered</source>
        <translation>Entrada para título já cadastrado</translation>
    </message>
    <message>
        <source>Invalid line number</source>
        <translation>Número da linha inválido</translation>
    </message>
    <message>
        <source>Invalid late interest date</source>
        <translation>Data de juros de mora inválida</translation>
    </message>
    <message>
        <source>Invalid discount date</source>
        <translation>Data do desconto inválida</translation>
    </message>
    <message>
        <source>Invalid seu número</source>
        <translation>Seu número inválido</translation>
    </message>
    <message>
        <source>By balance</source>
        <translation>Por saldo</translation>
    </message>
    <message>
        <source>On account</source>
        <translation>Por conta</translation>
    </message>
    <message>
        <source>Paid in cash at a branch teller</source>
        <translation>Liquidação no guichê de caixa em dinheiro</translation>
    </message>
    <message>
        <source>Electronic clearing</source>
        <translation>Compensação eletrônica</translation>
    </message>
    <message>
        <source>Conventional clearing</source>
        <translation>Compensação convencional</translation>
    </message>
    <message>
        <source>By electronic means</source>
        <translation>Por meio eletrônico</translation>
    </message>
    <message>
        <source>After a local holiday</source>
        <translation>Após feriado local</translation>
    </message>
    <message>
        <source>At the notary (cartório)</source>
        <translation>Em cartório</translation>
    </message>
    <message>
        <source>Paid by cheque at a branch teller</source>
        <translation>Liquidação no guichê de caixa em cheque</translation>
    </message>
    <message>
        <source>Paid at a correspondent bank</source>
        <translation>Liquidação em banco correspondente</translation>
    </message>
    <message>
        <source>Paid at a self-service terminal</source>
        <translation>Liquidação em terminal de autoatendimento</translation>
    </message>
    <message>
        <source>Paid by internet banking</source>
        <translation>Liquidação na internet (home banking)</translation>
    </message>
    <message>
        <source>Paid by office banking</source>
        <translation>Liquidação por office banking</translation>
    </message>
    <message>
        <source>Paid in cash at a correspondent</source>
        <translation>Liquidação em correspondente, em dinheiro</translation>
    </message>
    <message>
        <source>Paid by cheque at a correspondent</source>
        <translation>Liquidação em correspondente, em cheque</translation>
    </message>
    <message>
        <source>Paid through the call centre</source>
        <translation>Liquidação pela central de atendimento (telefone)</translation>
    </message>
    <message>
        <source>Ordered by the bank</source>
        <translation>Comandada pelo banco</translation>
    </message>
    <message>
        <source>Ordered by the beneficiary (file)</source>
        <translation>Comandada pelo beneficiário (arquivo)</translation>
    </message>
    <message>
        <source>Ordered by the beneficiary (online)</source>
        <translation>Comandada pelo beneficiário (on-line)</translation>
    </message>
    <message>
        <source>Term expired (beneficiary)</source>
        <translation>Decurso de prazo (beneficiário)</translation>
    </message>
    <message>
        <source>Term expired (bank)</source>
        <translation>Decurso de prazo (banco)</translation>
    </message>
    <message>
        <source>Protested</source>
        <translation>Protestado</translation>
    </message>
    <message>
        <source>Title excluded</source>
        <translation>Título excluído</translation>
    </message>
    <message>
        <source>Position statement fee</source>
        <translation>Tarifa de extrato de posição</translation>
    </message>
    <message>
        <source>Overdue title maintenance fee</source>
        <translation>Tarifa de manutenção de título vencido</translation>
    </message>
    <message>
        <source>Protest stop fee</source>
        <translation>Tarifa de sustação</translation>
    </message>
    <message>
        <source>Protest fee</source>
        <translation>Tarifa de protesto</translation>
    </message>
    <message>
        <source>Other instructions fee</source>
        <translation>Tarifa de outras instruções</translation>
    </message>
    <message>
        <source>Other occurrences fee</source>
        <translation>Tarifa de outras ocorrências</translation>
    </message>
    <message>
        <source>Fee for sending the duplicata to the payer</source>
        <translation>Tarifa de envio de duplicata ao pagador</translation>
    </message>
    <message>
        <source>Protest costs</source>
        <translation>Custas de protesto</translation>
    </message>
    <message>
        <source>Protest stop costs</source>
        <translation>Custas de sustação de protesto</translation>
    </message>
    <message>
        <source>Distributing notary costs</source>
        <translation>Custas de cartório distribuidor</translation>
    </message>
    <message>
        <source>Public notice (edital) costs</source>
        <translation>Custas de edital</translation>
    </message>
    <message>
        <source>Overdue title return fee</source>
        <translation>Tarifa sobre devolução de título vencido</translation>
    </message>
    <message>
        <source>Registration fee charged at write-off/payment</source>
        <translation>Tarifa sobre registro cobrada na baixa/liquidação</translation>
    </message>
    <message>
        <source>Automatic re-presentation fee</source>
        <translation>Tarifa sobre reapresentação automática</translation>
    </message>
    <message>
        <source>Credit split fee</source>
        <translation>Tarifa sobre rateio de crédito</translation>
    </message>
    <message>
        <source>Fax information fee</source>
        <translation>Tarifa sobre informações via fax</translation>
    </message>
    <message>
        <source>Due date extension fee</source>
        <translation>Tarifa sobre prorrogação de vencimento</translation>
    </message>
    <message>
        <source>Rebate/discount change fee</source>
        <translation>Tarifa sobre alteração de abatimento/desconto</translation>
    </message>
    <message>
        <source>Monthly file (em ser) fee</source>
        <translation>Tarifa sobre arquivo mensal (em ser)</translation>
    </message>
    <message>
        <source>Fee for a boleto pre-printed by the bank</source>
        <translation>Tarifa sobre emissão de boleto pré-emitido pelo banco</translation>
    </message>
    <message>
        <source>Entry confirmed</source>
        <translation>Entrada confirmada</translation>
    </message>
    <message>
        <source>Entry rejected</source>
        <translation>Entrada rejeitada</translation>
    </message>
    <message>
        <source>Portfolio transfer: entry</source>
        <translation>Transferência de carteira/entrada</translation>
    </message>
    <message>
        <source>Portfolio transfer: write-off</source>
        <translation>Transferência de carteira/baixa</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Liquidação normal</translation>
    </message>
    <message>
        <source>Discount instruction confirmed</source>
        <translation>Confirmação do recebimento da instrução de desconto</translation>
    </message>
    <message>
        <source>Discount cancellation confirmed</source>
        <translation>Confirmação do recebimento do cancelamento do desconto</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Baixa simples</translation>
    </message>
    <message>
        <source>Title in portfolio (em ser)</source>
        <translation>Títulos em carteira (em ser)</translation>
    </message>
    <message>
        <source>Rebate (abatimento) confirmed</source>
        <translation>Confirmação do recebimento da instrução de abatimento</translation>
    </message>
    <message>
        <source>Rebate cancellation confirmed</source>
        <translation>Confirmação do recebimento da instrução de cancelamento de abatimento</translation>
    </message>
    <message>
        <source>Due date change confirmed</source>
        <translation>Confirmação do recebimento da instrução de alteração de vencimento</translation>
    </message>
    <message>
        <source>Franco de pagamento (payment exempt)</source>
        <translation>Franco de pagamento</translation>
    </message>
    <message>
        <source>Paid after write-off, or title not registered</source>
        <translation>Liquidação após baixa ou título não registrado</translation>
    </message>
    <message>
        <source>Protest instruction confirmed</source>
        <translation>Confirmação do recebimento da instrução de protesto</translation>
    </message>
    <message>
        <source>Protest stop/cancellation instruction confirmed</source>
        <translation>Confirmação do recebimento da instrução de sustação/cancelamento de protesto</translation>
    </message>
    <message>
        <source>Sent to the notary (cartório)</source>
        <translation>Remessa a cartório (aponte em cartório)</translation>
    </message>
    <message>
        <source>Withdrawn from the notary and kept in the portfolio</source>
        <translation>Retirada de cartório e manutenção em carteira</translation>
    </message>
    <message>
        <source>Protested and written off</source>
        <translation>Protestado e baixado</translation>
    </message>
    <message>
        <source>Instruction rejected</source>
        <translation>Instrução rejeitada</translation>
    </message>
    <message>
        <source>Change of other data confirmed</source>
        <translation>Confirmação do pedido de alteração de outros dados</translation>
    </message>
    <message>
        <source>Fees/costs debited</source>
        <translation>Débito de tarifas/custas</translation>
    </message>
    <message>
        <source>Payer&apos;s allegation</source>
        <translation>Ocorrências do pagador</translation>
    </message>
    <message>
        <source>Change of data rejected</source>
        <translation>Alteração de dados rejeitada</translation>
    </message>
    <message>
        <source>Credit split (rateio) change confirmed</source>
        <translation>Confirmação da alteração dos dados do rateio de crédito</translation>
    </message>
    <message>
        <source>Credit split cancellation confirmed</source>
        <translation>Confirmação do cancelamento dos dados do rateio de crédito</translation>
    </message>
    <message>
        <source>Automatic debit unscheduled</source>
        <translation>Desagendamento do débito automático</translation>
    </message>
    <message>
        <source>E-mail/SMS sent</source>
        <translation>Confirmação de envio de e-mail/SMS</translation>
    </message>
    <message>
        <source>E-mail/SMS rejected</source>
        <translation>Envio de e-mail/SMS rejeitado</translation>
    </message>
    <message>
        <source>Payment deadline change confirmed</source>
        <translation>Confirmação da alteração do prazo limite de recebimento</translation>
    </message>
    <message>
        <source>Payment deadline waiver confirmed</source>
        <translation>Confirmação da dispensa de prazo limite de recebimento</translation>
    </message>
    <message>
        <source>Title number (seu número) change confirmed</source>
        <translation>Confirmação da alteração do número do título dado pelo beneficiário (seu número)</translation>
    </message>
    <message>
        <source>Participant control number change confirmed</source>
        <translation>Confirmação da alteração do número de controle do participante</translation>
    </message>
    <message>
        <source>Payer data change confirmed</source>
        <translation>Confirmação da alteração dos dados do pagador</translation>
    </message>
    <message>
        <source>Guarantor data change confirmed</source>
        <translation>Confirmação da alteração dos dados do sacador/avalista</translation>
    </message>
    <message>
        <source>Paid by a cheque that bounced</source>
        <translation>Título pago com cheque devolvido</translation>
    </message>
    <message>
        <source>Paid by a cheque that cleared</source>
        <translation>Título pago com cheque compensado</translation>
    </message>
    <message>
        <source>Protest cancellation confirmed</source>
        <translation>Instrução para cancelar protesto confirmada</translation>
    </message>
    <message>
        <source>Protest for bankruptcy purposes confirmed</source>
        <translation>Instrução para protesto para fins falimentares confirmada</translation>
    </message>
    <message>
        <source>Portfolio/modality transfer confirmed</source>
        <translation>Confirmação da transferência de carteira/modalidade de cobrança</translation>
    </message>
    <message>
        <source>Collection contract changed</source>
        <translation>Alteração de contrato de cobrança</translation>
    </message>
    <message>
        <source>Title pending acceptance (DDA)</source>
        <translation>Título pendente de aceite (DDA)</translation>
    </message>
    <message>
        <source>DDA title acknowledged by the payer</source>
        <translation>Título DDA reconhecido pelo pagador</translation>
    </message>
    <message>
        <source>DDA title not acknowledged by the payer</source>
        <translation>Título DDA não reconhecido pelo pagador</translation>
    </message>
    <message>
        <source>DDA title refused by the CIP</source>
        <translation>Título DDA recusado pela CIP</translation>
    </message>
    <message>
        <source>Write-off of a negative-listed title without protest confirmed</source>
        <translation>Confirmação da instrução de baixa de título negativado sem protesto</translation>
    </message>
    <message>
        <source>Fine waiver confirmed</source>
        <translation>Confirmação do pedido de dispensa de multa</translation>
    </message>
    <message>
        <source>Fine charge confirmed</source>
        <translation>Confirmação do pedido de cobrança de multa</translation>
    </message>
    <message>
        <source>Interest charge change confirmed</source>
        <translation>Confirmação do pedido de alteração de cobrança de juros</translation>
    </message>
    <message>
        <source>Discount amount/date change confirmed</source>
        <translation>Confirmação do pedido de alteração do valor/data de desconto</translation>
    </message>
    <message>
        <source>Beneficiary change confirmed</source>
        <translation>Confirmação do pedido de alteração do beneficiário do título</translation>
    </message>
    <message>
        <source>Late interest waiver confirmed</source>
        <translation>Confirmação do pedido de dispensa de juros de mora</translation>
    </message>
    <message>
        <source>Nominal amount change confirmed</source>
        <translation>Confirmação da alteração do valor nominal do título</translation>
    </message>
    <message>
        <source>Title suspended by court order</source>
        <translation>Título sustado judicialmente</translation>
    </message>
    <message>
        <source>Paid at a lottery house</source>
        <translation>Liquidação em casa lotérica</translation>
    </message>
    <message>
        <source>Paid at a Caixa branch</source>
        <translation>Liquidação em agência da Caixa</translation>
    </message>
    <message>
        <source>Paid at a banking correspondent</source>
        <translation>Liquidação em correspondente bancário</translation>
    </message>
    <message>
        <source>Paid at the notary (cartório)</source>
        <translation>Liquidação em cartório</translation>
    </message>
    <message>
        <source>Boleto printing request confirmed</source>
        <translation>Confirmação da solicitação de impressão do boleto</translation>
    </message>
    <message>
        <source>Title with a linked payment</source>
        <translation>Título com pagamento vinculado</translation>
    </message>
    <message>
        <source>Payer is a DDA participant</source>
        <translation>Pagador é participante do DDA</translation>
    </message>
    <message>
        <source>Write-off rejected</source>
        <translation>Baixa rejeitada</translation>
    </message>
    <message>
        <source>Invalid identification</source>
        <translation>Identificação inválida</translation>
    </message>
    <message>
        <source>Invalid portfolio variation</source>
        <translation>Variação da carteira inválida</translation>
    </message>
    <message>
        <source>Invalid daily interest amount</source>
        <translation>Valor dos juros por dia inválido</translation>
    </message>
    <message>
        <source>Invalid discount amount</source>
        <translation>Valor do desconto inválido</translation>
    </message>
    <message>
        <source>Title kind invalid for the portfolio/variation</source>
        <translation>Espécie de título inválida para a carteira/variação</translation>
    </message>
    <message>
        <source>Invalid user agency prefix</source>
        <translation>Prefixo da agência usuária inválido</translation>
    </message>
    <message>
        <source>Out of term</source>
        <translation>Fora do prazo</translation>
    </message>
    <message>
        <source>The bank has no agency at the payer&apos;s location</source>
        <translation>Banco não tem agência na praça do pagador</translation>
    </message>
    <message>
        <source>Payer address not found or incomplete</source>
        <translation>Endereço do pagador não localizado ou incompleto</translation>
    </message>
    <message>
        <source>Invalid beneficiary code</source>
        <translation>Código do beneficiário inválido</translation>
    </message>
    <message>
        <source>Nosso número range exceeded</source>
        <translation>Faixa de nosso número excedida</translation>
    </message>
    <message>
        <source>Invalid rebate amount</source>
        <translation>Valor do abatimento inválido</translation>
    </message>
    <message>
        <source>Invalid new title number (seu número)</source>
        <translation>Novo número do título dado pelo beneficiário (seu número) inválido</translation>
    </message>
    <message>
        <source>Invalid new due date</source>
        <translation>Nova data de vencimento inválida</translation>
    </message>
    <message>
        <source>Address missing</source>
        <translation>Endereço não informado</translation>
    </message>
    <message>
        <source>Title already paid (portfolio 17, type 4)</source>
        <translation>Título já liquidado (carteira 17, tipo 4)</translation>
    </message>
    <message>
        <source>Nosso número already exists</source>
        <translation>Nosso número já existente</translation>
    </message>
    <message>
        <source>Change command not allowed for the portfolio</source>
        <translation>Comando de alteração não permitido para a carteira</translation>
    </message>
    <message>
        <source>Invalid currency type</source>
        <translation>Tipo de moeda inválido</translation>
    </message>
    <message>
        <source>Rebate not allowed</source>
        <translation>Abatimento não permitido</translation>
    </message>
    <message>
        <source>CEP/state invalid or not matching</source>
        <translation>CEP/UF inválido ou incompatível</translation>
    </message>
    <message>
        <source>Portfolio/variation closed</source>
        <translation>Carteira/variação encerrada</translation>
    </message>
    <message>
        <source>Agreement (convênio) closed</source>
        <translation>Convênio encerrado</translation>
    </message>
    <message>
        <source>Title amount differs from the one informed</source>
        <translation>Valor do título diferente do informado</translation>
    </message>
    <message>
        <source>Invalid write-off reason for the portfolio</source>
        <translation>Motivo de baixa inválido para a carteira</translation>
    </message>
    <message>
        <source>Command not compatible with the portfolio</source>
        <translation>Comando incompatível com a carteira</translation>
    </message>
    <message>
        <source>Invalid agreement holder code</source>
        <translation>Código do convenente inválido</translation>
    </message>
    <message>
        <source>Title already in the requested situation</source>
        <translation>Título já se encontra na situação pretendida</translation>
    </message>
    <message>
        <source>Title does not belong to the agreement holder</source>
        <translation>Título não pertence ao convenente</translation>
    </message>
    <message>
        <source>Title already sent for protest</source>
        <translation>Título já enviado para protesto</translation>
    </message>
    <message>
        <source>Invalid nosso número check digit</source>
        <translation>Dígito verificador do nosso número inválido</translation>
    </message>
    <message>
        <source>Invalid payer CPF/CNPJ</source>
        <translation>CPF/CNPJ do pagador inválido</translation>
    </message>
    <message>
        <source>Invalid fine code/date/percentage</source>
        <translation>Código/data/percentual da multa inválido</translation>
    </message>
    <message>
        <source>Invalid interest amount/percentage</source>
        <translation>Valor/percentual de juros inválido</translation>
    </message>
    <message>
        <source>Invalid interest code</source>
        <translation>Código de juros inválido</translation>
    </message>
    <message>
        <source>Invalid payer CEP</source>
        <translation>CEP do pagador inválido</translation>
    </message>
    <message>
        <source>Title not found</source>
        <translation>Título não localizado</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Outros motivos</translation>
    </message>
    <message>
        <source>Command refused</source>
        <translation>Comando recusado</translation>
    </message>
    <message>
        <source>Paid without registration (portfolio 17, type 4)</source>
        <translation>Liquidado sem registro (carteira 17, tipo 4)</translation>
    </message>
    <message>
        <source>Paid on account (liquidação por conta)</source>
        <translation>Liquidação por conta</translation>
    </message>
    <message>
        <source>Paid by balance (liquidação por saldo)</source>
        <translation>Liquidação por saldo</translation>
    </message>
    <message>
        <source>Write-off requested</source>
        <translation>Baixa solicitada</translation>
    </message>
    <message>
        <source>Rebate (abatimento) granted</source>
        <translation>Abatimento concedido</translation>
    </message>
    <message>
        <source>Rebate cancelled</source>
        <translation>Abatimento cancelado</translation>
    </message>
    <message>
        <source>Due date changed</source>
        <translation>Vencimento alterado</translation>
    </message>
    <message>
        <source>Late interest change confirmed</source>
        <translation>Confirmação da alteração de juros de mora</translation>
    </message>
    <message>
        <source>Protest instruction received</source>
        <translation>Confirmação do recebimento da instrução de protesto</translation>
    </message>
    <message>
        <source>Debit to the account</source>
        <translation>Débito em conta</translation>
    </message>
    <message>
        <source>Payer name changed</source>
        <translation>Alteração do nome do pagador</translation>
    </message>
    <message>
        <source>Payer address changed</source>
        <translation>Alteração do endereço do pagador</translation>
    </message>
    <message>
        <source>Sent to the notary</source>
        <translation>Encaminhado a cartório</translation>
    </message>
    <message>
        <source>Protest stopped</source>
        <translation>Protesto sustado</translation>
    </message>
    <message>
        <source>Late interest waived</source>
        <translation>Juros de mora dispensados</translation>
    </message>
    <message>
        <source>Title number (seu número) changed</source>
        <translation>Alteração do número do título dado pelo beneficiário (seu número)</translation>
    </message>
    <message>
        <source>Overdue title maintenance</source>
        <translation>Manutenção de título vencido</translation>
    </message>
    <message>
        <source>Discount granted</source>
        <translation>Desconto concedido</translation>
    </message>
    <message>
        <source>Discount not granted</source>
        <translation>Desconto não concedido</translation>
    </message>
    <message>
        <source>Discount corrected</source>
        <translation>Desconto retificado</translation>
    </message>
    <message>
        <source>Discount date changed</source>
        <translation>Data do desconto alterada</translation>
    </message>
    <message>
        <source>Fine charged</source>
        <translation>Cobrança de multa</translation>
    </message>
    <message>
        <source>Fine waived</source>
        <translation>Multa dispensada</translation>
    </message>
    <message>
        <source>Index waived</source>
        <translation>Indexador dispensado</translation>
    </message>
    <message>
        <source>Payment deadline waived</source>
        <translation>Prazo limite de recebimento dispensado</translation>
    </message>
    <message>
        <source>Payment deadline changed</source>
        <translation>Prazo limite de recebimento alterado</translation>
    </message>
    <message>
        <source>Participant control number changed</source>
        <translation>Alteração do número de controle do participante</translation>
    </message>
    <message>
        <source>Payer CPF/CNPJ changed</source>
        <translation>Alteração do CPF/CNPJ do pagador</translation>
    </message>
    <message>
        <source>Paid by cheque, awaiting clearing</source>
        <translation>Título pago com cheque, aguardando compensação</translation>
    </message>
    <message>
        <source>Collection type changed (portfolios 11 and 17)</source>
        <translation>Alteração do tipo de cobrança (carteiras 11 e 17)</translation>
    </message>
    <message>
        <source>Advance costs debited</source>
        <translation>Débito de custas antecipadas</translation>
    </message>
    <message>
        <source>Invalid agency/account/control number (shared collection)</source>
        <translation>Agência/conta/número de controle inválido (cobrança partilhada)</translation>
    </message>
    <message>
        <source>Title rejected: irregular CEP</source>
        <translation>Título rejeitado: CEP irregular</translation>
    </message>
    <message>
        <source>Invalid title amount (not numeric)</source>
        <translation>Valor do título inválido (não numérico)</translation>
    </message>
    <message>
        <source>Invalid payer name, or payer change not allowed</source>
        <translation>Nome do pagador inválido ou alteração do pagador não permitida</translation>
    </message>
    <message>
        <source>Address missing, or address change not allowed</source>
        <translation>Endereço não informado ou alteração de endereço não permitida</translation>
    </message>
    <message>
        <source>Invalid CEP, or CEP change not allowed</source>
        <translation>CEP inválido ou alteração de CEP não permitida</translation>
    </message>
    <message>
        <source>Written off: paid by public notice (edital)</source>
        <translation>Baixado: pago por edital</translation>
    </message>
    <message>
        <source>Partial payment</source>
        <translation>Liquidação parcial</translation>
    </message>
    <message>
        <source>Paid by balance and written off</source>
        <translation>Liquidação por saldo e baixa</translation>
    </message>
    <message>
        <source>Returned automatically</source>
        <translation>Devolução automática</translation>
    </message>
    <message>
        <source>Written off by instruction</source>
        <translation>Baixa por instrução</translation>
    </message>
    <message>
        <source>Survey file (em ser)</source>
        <translation>Arquivo de levantamento (em ser)</translation>
    </message>
    <message>
        <source>Data changed</source>
        <translation>Alteração de dados</translation>
    </message>
    <message>
        <source>Instructions changed</source>
        <translation>Alteração de instruções</translation>
    </message>
    <message>
        <source>Protest stop instruction confirmed</source>
        <translation>Confirmação da instrução de sustação de protesto</translation>
    </message>
    <message>
        <source>Awaiting authorisation for protest by public notice</source>
        <translation>Aguardando autorização para protesto por edital</translation>
    </message>
    <message>
        <source>Protest stopped by due date change</source>
        <translation>Protesto sustado por alteração de vencimento</translation>
    </message>
    <message>
        <source>Entry at the notary confirmed</source>
        <translation>Confirmação de entrada em cartório</translation>
    </message>
    <message>
        <source>Returned: already paid before</source>
        <translation>Devolvido: liquidado anteriormente</translation>
    </message>
    <message>
        <source>Returned by the notary: wrong information</source>
        <translation>Devolvido pelo cartório: informações incorretas</translation>
    </message>
    <message>
        <source>Collection to be credited (payment in transit)</source>
        <translation>Cobrança a creditar (liquidação em trânsito)</translation>
    </message>
    <message>
        <source>Title in transit paid at the notary</source>
        <translation>Título em trânsito pago em cartório</translation>
    </message>
    <message>
        <source>Reimbursement and transfer (discount, vendor or guarantee portfolio)</source>
        <translation>Reembolso e transferência (carteira de desconto, vendor ou caução)</translation>
    </message>
    <message>
        <source>Reimbursement and return (discount, vendor)</source>
        <translation>Reembolso e devolução (desconto, vendor)</translation>
    </message>
    <message>
        <source>Reimbursement not made: insufficient balance</source>
        <translation>Reembolso não efetuado por falta de saldo</translation>
    </message>
    <message>
        <source>Protested titles written off</source>
        <translation>Baixa de títulos protestados</translation>
    </message>
    <message>
        <source>Notary filing (aponte) costs</source>
        <translation>Despesas de aponte</translation>
    </message>
    <message>
        <source>Title changed</source>
        <translation>Alteração de título</translation>
    </message>
    <message>
        <source>Title list</source>
        <translation>Relação de títulos</translation>
    </message>
    <message>
        <source>Monthly maintenance</source>
        <translation>Manutenção mensal</translation>
    </message>
    <message>
        <source>Notary stop and title sent to the notary</source>
        <translation>Sustação de cartório e envio de título a cartório</translation>
    </message>
    <message>
        <source>Pre-printed forms supplied</source>
        <translation>Fornecimento de formulário pré-impresso</translation>
    </message>
    <message>
        <source>Entry confirmed: DDA payer</source>
        <translation>Confirmação de entrada: pagador DDA</translation>
    </message>
    <message>
        <source>Credit split data adjusted</source>
        <translation>Acerto dos dados do rateio de crédito</translation>
    </message>
    <message>
        <source>Credit split data cancelled</source>
        <translation>Cancelamento dos dados do rateio de crédito</translation>
    </message>
    <message>
        <source>Invalid occurrence code</source>
        <translation>Código da ocorrência inválido</translation>
    </message>
    <message>
        <source>Occurrence code not allowed for the portfolio</source>
        <translation>Código de ocorrência não permitido para a carteira</translation>
    </message>
    <message>
        <source>Occurrence code not numeric</source>
        <translation>Código de ocorrência não numérico</translation>
    </message>
    <message>
        <source>Invalid protest/negative-listing term</source>
        <translation>Prazo para protesto/negativação inválido</translation>
    </message>
    <message>
        <source>Beneficiary agency not expected</source>
        <translation>Agência do beneficiário não prevista</translation>
    </message>
    <message>
        <source>Irregular CEP: correspondent bank</source>
        <translation>CEP irregular: banco correspondente</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Limite excedido</translation>
    </message>
    <message>
        <source>Authorisation number does not exist</source>
        <translation>Número de autorização inexistente</translation>
    </message>
    <message>
        <source>Debit not scheduled: error in the remessa data</source>
        <translation>Débito não agendado: erro nos dados da remessa</translation>
    </message>
    <message>
        <source>Debit not scheduled: payer not among the authorising payers</source>
        <translation>Débito não agendado: pagador não consta do cadastro de autorizante</translation>
    </message>
    <message>
        <source>Debit not scheduled: beneficiary not authorised by the payer</source>
        <translation>Débito não agendado: beneficiário não autorizado pelo pagador</translation>
    </message>
    <message>
        <source>Debit not scheduled: beneficiary not in automatic debit</source>
        <translation>Débito não agendado: beneficiário não participa do débito automático</translation>
    </message>
    <message>
        <source>Debit not scheduled: currency other than R$</source>
        <translation>Débito não agendado: código de moeda diferente de R$</translation>
    </message>
    <message>
        <source>Debit not scheduled: invalid due date</source>
        <translation>Débito não agendado: data de vencimento inválida</translation>
    </message>
    <message>
        <source>Debit not scheduled: title not registered as requested</source>
        <translation>Débito não agendado: conforme seu pedido, título não registrado</translation>
    </message>
    <message>
        <source>Debit not scheduled: invalid debited registration type</source>
        <translation>Débito não agendado: tipo de inscrição do debitado inválido</translation>
    </message>
    <message>
        <source>Written off automatically (file)</source>
        <translation>Baixado automaticamente via arquivo</translation>
    </message>
    <message>
        <source>Written off by the branch&apos;s instructions</source>
        <translation>Baixado conforme instruções da agência</translation>
    </message>
    <message>
        <source>Title paid by cheque (linked)</source>
        <translation>Título pago em cheque (vinculado)</translation>
    </message>
    <message>
        <source>Depositary adjusted</source>
        <translation>Acerto de depositária</translation>
    </message>
    <message>
        <source>Protest stop instruction received</source>
        <translation>Confirmação do recebimento da instrução de sustação de protesto</translation>
    </message>
    <message>
        <source>Participant control number adjusted</source>
        <translation>Acerto do controle do participante</translation>
    </message>
    <message>
        <source>Title with its payment cancelled</source>
        <translation>Título com pagamento cancelado</translation>
    </message>
    <message>
        <source>Entry rejected: irregular CEP</source>
        <translation>Entrada rejeitada por CEP irregular</translation>
    </message>
    <message>
        <source>Change of other data rejected</source>
        <translation>Alteração de outros dados rejeitada</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Estorno de pagamento</translation>
    </message>
    <message>
        <source>Suspended by court order</source>
        <translation>Sustado judicialmente</translation>
    </message>
    <message>
        <source>Open (registered)</source>
        <translation>Em aberto (registrado)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Collecting agency: CEP without protest service at the moment</source>
        <translation>Agência cobradora: CEP sem atendimento de protesto no momento</translation>
    </message>
    <message>
        <source>Invalid state abbreviation</source>
        <translation>Sigla da UF inválida</translation>
    </message>
    <message>
        <source>Due date: operation term below the minimum or above the maximum</source>
        <translation>Vencimento: prazo de operação menor que o mínimo ou maior que o máximo</translation>
    </message>
    <message>
        <source>Title amount above 10,000,000.00</source>
        <translation>Valor do título acima de 10.000.000,00</translation>
    </message>
    <message>
        <source>Payer name missing or misplaced</source>
        <translation>Nome do pagador não informado ou deslocado</translation>
    </message>
    <message>
        <source>Agency/account: agency closed</source>
        <translation>Agência/conta: agência encerrada</translation>
    </message>
    <message>
        <source>Street missing or misplaced</source>
        <translation>Logradouro não informado ou deslocado</translation>
    </message>
    <message>
        <source>CEP not numeric or invalid</source>
        <translation>CEP não numérico ou inválido</translation>
    </message>
    <message>
        <source>Guarantor name missing or misplaced (correspondent banks)</source>
        <translation>Nome do sacador/avalista não informado ou deslocado (bancos correspondentes)</translation>
    </message>
    <message>
        <source>Nosso número already registered at the bank or outside the range</source>
        <translation>Nosso número já registrado no cadastro do banco ou fora da faixa</translation>
    </message>
    <message>
        <source>Nosso número twice in the same file</source>
        <translation>Nosso número em duplicidade no mesmo arquivo</translation>
    </message>
    <message>
        <source>Entry date invalid for this portfolio</source>
        <translation>Data de entrada inválida para operar com esta carteira</translation>
    </message>
    <message>
        <source>Invalid occurrence</source>
        <translation>Ocorrência inválida</translation>
    </message>
    <message>
        <source>Collecting agency not accepted for the payer&apos;s state</source>
        <translation>Agência cobradora não aceita para a UF do pagador</translation>
    </message>
    <message>
        <source>Portfolio not allowed (a free range must be registered)</source>
        <translation>Carteira não permitida (necessário cadastrar faixa livre)</translation>
    </message>
    <message>
        <source>Agency/account not enabled for collection</source>
        <translation>Agência/conta não liberada para operar com cobrança</translation>
    </message>
    <message>
        <source>Beneficiary CNPJ unfit</source>
        <translation>CNPJ do beneficiário inapto</translation>
    </message>
    <message>
        <source>Company code: invalid account category</source>
        <translation>Código da empresa: categoria da conta inválida</translation>
    </message>
    <message>
        <source>Entries blocked, account suspended in collection</source>
        <translation>Entradas bloqueadas, conta suspensa em cobrança</translation>
    </message>
    <message>
        <source>Account not allowed to protest (see your account manager)</source>
        <translation>Conta não tem permissão para protestar (contate seu gerente)</translation>
    </message>
    <message>
        <source>IOF above 5%</source>
        <translation>IOF maior que 5%</translation>
    </message>
    <message>
        <source>Currency quantity does not match the title amount</source>
        <translation>Quantidade de moeda incompatível com o valor do título</translation>
    </message>
    <message>
        <source>Payer CPF/CNPJ not numeric or zero</source>
        <translation>CPF/CNPJ do pagador não numérico ou igual a zero</translation>
    </message>
    <message>
        <source>Nosso número outside the range</source>
        <translation>Nosso número fora da faixa</translation>
    </message>
    <message>
        <source>Collecting agency: company does not accept correspondent banks</source>
        <translation>Agência cobradora: empresa não aceita bancos correspondentes</translation>
    </message>
    <message>
        <source>CEP does not belong to the chosen depositary</source>
        <translation>CEP não pertence à depositária informada</translation>
    </message>
    <message>
        <source>Due date more than 180 days after the entry date</source>
        <translation>Vencimento superior a 180 dias da data de entrada</translation>
    </message>
    <message>
        <source>Late interest above the allowed</source>
        <translation>Juros de mora maior que o permitido</translation>
    </message>
    <message>
        <source>Discount greater than the title amount</source>
        <translation>Valor do desconto maior que o valor do título</translation>
    </message>
    <message>
        <source>Due date invalid or outside the operation&apos;s term</source>
        <translation>Data de vencimento inválida ou fora do prazo de operação</translation>
    </message>
    <message>
        <source>Invalid title amount or currency quantity</source>
        <translation>Valor do título e/ou quantidade de moeda inválidos</translation>
    </message>
    <message>
        <source>Portfolio invalid or not registered for collection exchange</source>
        <translation>Carteira inválida ou não cadastrada no intercâmbio da cobrança</translation>
    </message>
    <message>
        <source>Message line number invalid or too many lines</source>
        <translation>Número da linha da mensagem inválido ou quantidade de linhas excedida</translation>
    </message>
    <message>
        <source>Data changed: new entry</source>
        <translation>Alteração de dados: nova entrada</translation>
    </message>
    <message>
        <source>Data changed: write-off</source>
        <translation>Alteração de dados: baixa</translation>
    </message>
    <message>
        <source>Partial payment (cobrança inteligente B2B)</source>
        <translation>Liquidação parcial (cobrança inteligente B2B)</translation>
    </message>
    <message>
        <source>Written off because it was paid</source>
        <translation>Baixa por ter sido liquidado</translation>
    </message>
    <message>
        <source>Title in portfolio (em ser, monthly file only)</source>
        <translation>Título em ser (somente no retorno mensal)</translation>
    </message>
    <message>
        <source>Contract collection: instructions or changes rejected or pending</source>
        <translation>Cobrança contratual: instruções/alterações rejeitadas/pendentes</translation>
    </message>
    <message>
        <source>Do-not-protest instruction received</source>
        <translation>Confirmação do recebimento da instrução de não protestar</translation>
    </message>
    <message>
        <source>Protest instruction rejected, stopped or pending</source>
        <translation>Instrução de protesto rejeitada/sustada/pendente</translation>
    </message>
    <message>
        <source>Payer&apos;s allegations</source>
        <translation>Alegações do pagador</translation>
    </message>
    <message>
        <source>Collection notice fee</source>
        <translation>Tarifa de aviso de cobrança</translation>
    </message>
    <message>
        <source>Payments report fee</source>
        <translation>Tarifa de relação das liquidações</translation>
    </message>
    <message>
        <source>Monthly fees debited (entries and write-offs)</source>
        <translation>Débito mensal de tarifas (entradas e baixas)</translation>
    </message>
    <message>
        <source>Written off because protested</source>
        <translation>Baixa por ter sido protestado</translation>
    </message>
    <message>
        <source>Boleto issue fee</source>
        <translation>Tarifa de emissão de boleto</translation>
    </message>
    <message>
        <source>Instruction fee</source>
        <translation>Tarifa de instrução</translation>
    </message>
    <message>
        <source>Occurrences fee</source>
        <translation>Tarifa de ocorrências</translation>
    </message>
    <message>
        <source>Monthly boleto issue fee</source>
        <translation>Tarifa mensal de emissão de boleto</translation>
    </message>
    <message>
        <source>Monthly fees debited: position statement</source>
        <translation>Débito mensal de tarifas: extrato de posição</translation>
    </message>
    <message>
        <source>Monthly fees debited: other instructions</source>
        <translation>Débito mensal de tarifas: outras instruções</translation>
    </message>
    <message>
        <source>Monthly fees debited: overdue title maintenance</source>
        <translation>Débito mensal de tarifas: manutenção de títulos vencidos</translation>
    </message>
    <message>
        <source>Monthly fees debited: other occurrences</source>
        <translation>Débito mensal de tarifas: outras ocorrências</translation>
    </message>
    <message>
        <source>Monthly fees debited: protest</source>
        <translation>Débito mensal de tarifas: protesto</translation>
    </message>
    <message>
        <source>Monthly fees debited: protest stop</source>
        <translation>Débito mensal de tarifas: sustação de protesto</translation>
    </message>
    <message>
        <source>Written off, transferred to discount</source>
        <translation>Baixa com transferência para desconto</translation>
    </message>
    <message>
        <source>Court stop costs</source>
        <translation>Custas de sustação judicial</translation>
    </message>
    <message>
        <source>Monthly fee: entries at correspondent banks</source>
        <translation>Tarifa mensal: entradas em bancos correspondentes na carteira</translation>
    </message>
    <message>
        <source>Monthly fee: write-offs in the portfolio</source>
        <translation>Tarifa mensal: baixas na carteira</translation>
    </message>
    <message>
        <source>Monthly fee: write-offs at correspondent banks</source>
        <translation>Tarifa mensal: baixas em bancos correspondentes na carteira</translation>
    </message>
    <message>
        <source>Monthly fee: payments in the portfolio</source>
        <translation>Tarifa mensal: liquidações na carteira</translation>
    </message>
    <message>
        <source>Monthly fee: payments at correspondent banks</source>
        <translation>Tarifa mensal: liquidações em bancos correspondentes na carteira</translation>
    </message>
    <message>
        <source>Irregularity costs</source>
        <translation>Custas de irregularidade</translation>
    </message>
    <message>
        <source>Instruction cancelled</source>
        <translation>Instrução cancelada</translation>
    </message>
    <message>
        <source>Paid by credit to the account through SISPAG</source>
        <translation>Liquidação por crédito em conta corrente através do SISPAG</translation>
    </message>
    <message>
        <source>Carnê entry rejected</source>
        <translation>Entrada rejeitada: carnê</translation>
    </message>
    <message>
        <source>Title movement notice fee</source>
        <translation>Tarifa de emissão de aviso de movimentação de títulos</translation>
    </message>
    <message>
        <source>Monthly fee: title movement notice</source>
        <translation>Débito mensal de tarifa: aviso de movimentação de títulos</translation>
    </message>
    <message>
        <source>Entry confirmed with credit split</source>
        <translation>Entrada confirmada com rateio de crédito</translation>
    </message>
    <message>
        <source>Cheque returned</source>
        <translation>Cheque devolvido</translation>
    </message>
    <message>
        <source>Entry registered, awaiting evaluation</source>
        <translation>Entrada registrada, aguardando avaliação</translation>
    </message>
    <message>
        <source>Written off by credit through SISPAG without a matching title</source>
        <translation>Baixa por crédito em conta corrente através do SISPAG sem título correspondente</translation>
    </message>
    <message>
        <source>Entry confirmed in simple collection, not accepted in contract collection</source>
        <translation>Confirmação de entrada na cobrança simples: entrada não aceita na cobrança contratual</translation>
    </message>
    <message>
        <source>Express negative-listing instruction rejected</source>
        <translation>Instrução de negativação expressa rejeitada</translation>
    </message>
    <message>
        <source>Express negative-listing instruction received</source>
        <translation>Confirmação do recebimento da instrução de entrada em negativação expressa</translation>
    </message>
    <message>
        <source>Cheque cleared</source>
        <translation>Cheque compensado</translation>
    </message>
    <message>
        <source>Express negative-listing exclusion received</source>
        <translation>Confirmação do recebimento da instrução de exclusão de entrada em negativação expressa</translation>
    </message>
    <message>
        <source>Express negative-listing cancellation received</source>
        <translation>Confirmação do recebimento da instrução de cancelamento de negativação expressa</translation>
    </message>
    <message>
        <source>Express negative-listing information</source>
        <translation>Negativação expressa informacional</translation>
    </message>
    <message>
        <source>Express negative-listing entry fee</source>
        <translation>Confirmação de entrada em negativação expressa: tarifa</translation>
    </message>
    <message>
        <source>Express negative-listing cancellation fee</source>
        <translation>Confirmação do cancelamento de negativação expressa: tarifa</translation>
    </message>
    <message>
        <source>Express negative-listing exclusion fee</source>
        <translation>Confirmação da exclusão de entrada em negativação expressa por liquidação: tarifa</translation>
    </message>
    <message>
        <source>Electronic collection boleto fee</source>
        <translation>Tarifa por boleto: cobrança ativa eletrônica</translation>
    </message>
    <message>
        <source>Electronic collection e-mail fee</source>
        <translation>Tarifa de e-mail: cobrança ativa eletrônica</translation>
    </message>
    <message>
        <source>Electronic collection SMS fee</source>
        <translation>Tarifa de SMS: cobrança ativa eletrônica</translation>
    </message>
    <message>
        <source>Monthly electronic collection boleto fee</source>
        <translation>Tarifa mensal por boleto: cobrança ativa eletrônica</translation>
    </message>
    <message>
        <source>Monthly electronic collection e-mail fee</source>
        <translation>Tarifa mensal de e-mail: cobrança ativa eletrônica</translation>
    </message>
    <message>
        <source>Monthly electronic collection SMS fee</source>
        <translation>Tarifa mensal de SMS: cobrança ativa eletrônica</translation>
    </message>
    <message>
        <source>Monthly express negative-listing exclusion fee</source>
        <translation>Tarifa mensal de exclusão de entrada em negativação expressa</translation>
    </message>
    <message>
        <source>Monthly express negative-listing cancellation fee</source>
        <translation>Tarifa mensal de cancelamento de negativação expressa</translation>
    </message>
    <message>
        <source>Monthly express negative-listing exclusion-by-payment fee</source>
        <translation>Tarifa mensal de exclusão de negativação expressa por liquidação</translation>
    </message>
    <message>
        <source>Nosso número not numeric</source>
        <translation>Nosso número não numérico</translation>
    </message>
    <message>
        <source>Rebate amount not numeric</source>
        <translation>Valor do abatimento não numérico</translation>
    </message>
    <message>
        <source>Due date not numeric</source>
        <translation>Data de vencimento não numérica</translation>
    </message>
    <message>
        <source>Collection account not numeric</source>
        <translation>Conta cobrança não numérica</translation>
    </message>
    <message>
        <source>Portfolio code not numeric</source>
        <translation>Código da carteira não numérico</translation>
    </message>
    <message>
        <source>Invalid portfolio code</source>
        <translation>Código da carteira inválido</translation>
    </message>
    <message>
        <source>Invalid document kind</source>
        <translation>Espécie de documento inválida</translation>
    </message>
    <message>
        <source>Title amount not numeric</source>
        <translation>Valor do título não numérico</translation>
    </message>
    <message>
        <source>Late interest amount not numeric</source>
        <translation>Valor de juros de mora não numérico</translation>
    </message>
    <message>
        <source>Issue date not numeric</source>
        <translation>Data de emissão não numérica</translation>
    </message>
    <message>
        <source>Collecting agency code not numeric</source>
        <translation>Código da agência cobradora não numérico</translation>
    </message>
    <message>
        <source>CEP not numeric</source>
        <translation>CEP não numérico</translation>
    </message>
    <message>
        <source>CPF/CNPJ not numeric</source>
        <translation>CPF/CNPJ não numérico</translation>
    </message>
    <message>
        <source>Discount amount not numeric</source>
        <translation>Valor do desconto não numérico</translation>
    </message>
    <message>
        <source>Invalid collecting bank code</source>
        <translation>Código do banco cobrador inválido</translation>
    </message>
    <message>
        <source>Invalid late interest amount</source>
        <translation>Valor de juros de mora inválido</translation>
    </message>
    <message>
        <source>Due date less than 15 days after processing</source>
        <translation>Data de vencimento inferior a 15 dias da data de processamento</translation>
    </message>
    <message>
        <source>Collecting agency not found</source>
        <translation>Agência cobradora não encontrada</translation>
    </message>
    <message>
        <source>Invalid collection account</source>
        <translation>Conta cobrança inválida</translation>
    </message>
    <message>
        <source>Occurrence not accepted: title paid</source>
        <translation>Ocorrência não acatada: título liquidado</translation>
    </message>
    <message>
        <source>Occurrence not accepted: title written off</source>
        <translation>Ocorrência não acatada: título baixado</translation>
    </message>
    <message>
        <source>Occurrence not accepted: title already protested</source>
        <translation>Ocorrência não acatada: título já protestado</translation>
    </message>
    <message>
        <source>Wrong payer CEP</source>
        <translation>CEP do pagador incorreto</translation>
    </message>
    <message>
        <source>Wrong CPF/CNPJ</source>
        <translation>CPF/CNPJ incorreto</translation>
    </message>
    <message>
        <source>Nosso número already registered</source>
        <translation>Nosso número já cadastrado</translation>
    </message>
    <message>
        <source>Title amount missing</source>
        <translation>Valor do título não informado</translation>
    </message>
    <message>
        <source>Record twice in the daily file</source>
        <translation>Registro em duplicidade no arquivo diário</translation>
    </message>
    <message>
        <source>Issue date after the due date</source>
        <translation>Data de emissão posterior à data de vencimento</translation>
    </message>
    <message>
        <source>Payer city missing</source>
        <translation>Município do pagador não informado</translation>
    </message>
    <message>
        <source>State missing</source>
        <translation>UF não informada</translation>
    </message>
    <message>
        <source>CPF/CNPJ missing</source>
        <translation>CPF/CNPJ não informado</translation>
    </message>
    <message>
        <source>Title does not exist</source>
        <translation>Título não existe</translation>
    </message>
    <message>
        <source>Written off automatically</source>
        <translation>Baixa automática</translation>
    </message>
    <message>
        <source>Written off by instruction or protest</source>
        <translation>Baixa por instrução ou protesto</translation>
    </message>
    <message>
        <source>Due date extended</source>
        <translation>Prorrogação de vencimento</translation>
    </message>
    <message>
        <source>Title already written off or paid</source>
        <translation>Título já baixado ou liquidado</translation>
    </message>
    <message>
        <source>Paid at the notary</source>
        <translation>Liquidação em cartório</translation>
    </message>
    <message>
        <source>Entered at the notary</source>
        <translation>Entrada em cartório</translation>
    </message>
    <message>
        <source>Withdrawn from the notary</source>
        <translation>Retirada de cartório</translation>
    </message>
    <message>
        <source>Notary costs</source>
        <translation>Custas de cartório</translation>
    </message>
    <message>
        <source>Protest the title</source>
        <translation>Protestar título</translation>
    </message>
    <message>
        <source>Card or wallet payment released</source>
        <translation>Pagamento com cartão ou carteira liberado</translation>
    </message>
    <message>
        <source>Refund, chargeback or dispute</source>
        <translation>Estorno, chargeback ou disputa</translation>
    </message>
    <message>
        <source>Mercado Pago fee</source>
        <translation>Tarifa do Mercado Pago</translation>
    </message>
    <message>
        <source>Payout or other release</source>
        <translation>Saque ou outra liberação</translation>
    </message>
</context>
<context>
    <name>billing::ReconciliationTableModel</name>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
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
        <source>Occurrence</source>
        <translation>Ocorrência</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Devido</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Juros</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Multa</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Bank fee</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocorrência em</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Crédito em</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
</context>
<context>
    <name>billing::ReconciliationWidget</name>
    <message>
        <source>Confirm import</source>
        <translation>Confirmar importação</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exportar XLSX…</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importar arquivos…</translation>
    </message>
    <message>
        <source>Choose CNAB 240 or 400 retorno files; you can also drop them here.</source>
        <translation>Escolha arquivos de retorno CNAB 240 ou 400; você também pode arrastá-los para cá.</translation>
    </message>
    <message>
        <source>Watch folder…</source>
        <translation>Monitorar pasta…</translation>
    </message>
    <message>
        <source>New retorno files saved in this folder are previewed as they arrive.</source>
        <translation>Novos arquivos de retorno salvos nesta pasta são pré-visualizados assim que chegam.</translation>
    </message>
    <message>
        <source>Account: from the file</source>
        <translation>Conta: a do arquivo</translation>
    </message>
    <message>
        <source>The collection account the files belong to; found from the file&apos;s header when the bank has one.</source>
        <translation>A conta de cobrança a que os arquivos pertencem; identificada pelo cabeçalho do arquivo quando o banco o informa.</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <source>Search nosso número, order, payer, occurrence…</source>
        <translation>Pesquisar nosso número, pedido, pagador, ocorrência…</translation>
    </message>
    <message>
        <source>Drop retorno files here, or use Import files…. Nothing is written until you confirm.</source>
        <translation>Arraste arquivos de retorno para cá ou use Importar arquivos…. Nada é gravado até você confirmar.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado em</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Arquivos importados</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Creditado</translation>
    </message>
    <message>
        <source>Bank fees</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Watching %1 for retorno files.</source>
        <translation>Monitorando %1 à espera de arquivos de retorno.</translation>
    </message>
    <message>
        <source>Reading retorno files…</source>
        <translation>Lendo arquivos de retorno…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not loaded:</source>
        <translation>Não carregados:</translation>
    </message>
    <message>
        <source>Import retorno files</source>
        <translation>Importar arquivos de retorno</translation>
    </message>
    <message>
        <source>Folder where the bank&apos;s files are saved</source>
        <translation>Pasta onde os arquivos do banco são salvos</translation>
    </message>
    <message>
        <source>%1 (already imported on %2 — will be skipped)</source>
        <translation>%1 (já importado em %2 — será ignorado)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n record(s)&lt;/b&gt; in %1 — </source>
        <translation>
            <numerusform>&lt;b&gt;%n registro&lt;/b&gt; em %1 — </numerusform>
            <numerusform>&lt;b&gt;%n registros&lt;/b&gt; em %1 — </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;Paid &lt;b&gt;%1&lt;/b&gt;, bank fees %2, %n order(s) will be confirmed.</source>
        <translation>
            <numerusform>&lt;br&gt;Pago &lt;b&gt;%1&lt;/b&gt;, tarifas %2, %n pedido será confirmado.</numerusform>
            <numerusform>&lt;br&gt;Pago &lt;b&gt;%1&lt;/b&gt;, tarifas %2, %n pedidos serão confirmados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying retorno files…</source>
        <translation>Aplicando arquivos de retorno…</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>Aplicando %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n payment(s), %2 order(s) confirmed</source>
        <translation>
            <numerusform>%1: %n pagamento, %2 pedido(s) confirmado(s)</numerusform>
            <numerusform>%1: %n pagamentos, %2 pedido(s) confirmado(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attention:</source>
        <translation>Atenção:</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <source>Export reconciliation</source>
        <translation>Exportar conciliação</translation>
    </message>
    <message>
        <source>reconciliation.xlsx</source>
        <translation>conciliacao.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed:</source>
        <translation>Falha na exportação:</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exportado.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written to %1</source>
        <translation>
            <numerusform>%n linha gravada em %1</numerusform>
            <numerusform>%n linhas gravadas em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The cash view could not be read.</source>
        <translation>Não foi possível ler o fluxo de caixa.</translation>
    </message>
    <message>
        <source>In the period: expected &lt;b&gt;%1&lt;/b&gt; · credited &lt;b&gt;%2&lt;/b&gt; · bank fees &lt;b&gt;%3&lt;/b&gt; · net &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>No período: esperado &lt;b&gt;%1&lt;/b&gt; · creditado &lt;b&gt;%2&lt;/b&gt; · tarifas &lt;b&gt;%3&lt;/b&gt; · líquido &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>CNAB retorno, PIX statement or card settlement report (*.ret *.RET *.crt *.CRT *.txt *.TXT *.csv *.CSV);;All files (*)</source>
        <translation>Retorno CNAB, extrato PIX ou relatório de liquidação de cartões (*.ret *.RET *.crt *.CRT *.txt *.TXT *.csv *.CSV);;Todos os arquivos (*)</translation>
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
    <name>labels::LabelEditorDialog</name>
    <message>
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <source>Several lines</source>
        <translation>Várias linhas</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>Branco sobre preto</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Preenchido</translation>
    </message>
    <message>
        <source>Text under the bars</source>
        <translation>Texto sob as barras</translation>
    </message>
    <message>
        <source>Label editor — %1</source>
        <translation>Editor de etiquetas — %1</translation>
    </message>
    <message>
        <source>Order (shipping)</source>
        <translation>Pedido (envio)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <source>order number, SKU, location or lot code</source>
        <translation>número do pedido, SKU, endereço ou código do lote</translation>
    </message>
    <message>
        <source>Preview with it</source>
        <translation>Pré-visualizar com ele</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Dados de exemplo</translation>
    </message>
    <message>
        <source>Preview data:</source>
        <translation>Dados da pré-visualização:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Retângulo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Image or logo</source>
        <translation>Imagem ou logotipo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Insert a field such as {order.number}</source>
        <translation>Inserir um campo como {order.number}</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Esquerda</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direita</translation>
    </message>
    <message>
        <source>Position x, y:</source>
        <translation>Posição x, y:</translation>
    </message>
    <message>
        <source>Size w, h:</source>
        <translation>Tamanho l, a:</translation>
    </message>
    <message>
        <source>Text / data:</source>
        <translation>Texto / conteúdo:</translation>
    </message>
    <message>
        <source>Symbology:</source>
        <translation>Simbologia:</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <source>Alignment:</source>
        <translation>Alinhamento:</translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation>Rotação:</translation>
    </message>
    <message>
        <source>Line width:</source>
        <translation>Espessura da linha:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Imagem:</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Escolha uma imagem</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.bmp)</source>
        <translation>Imagens (*.png *.jpg *.bmp)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image.</source>
        <translation>Não foi possível ler %1 como imagem.</translation>
    </message>
    <message>
        <source>Real data: %1</source>
        <translation>Dados reais: %1</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nada encontrado</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nenhum problema encontrado.</translation>
    </message>
    <message>
        <source>(embedded image)</source>
        <translation>(imagem incorporada)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Salvar modelo</translation>
    </message>
    <message>
        <source>Built-in templates stay as shipped. Save your version under the name:</source>
        <translation>Os modelos padrão do sistema não são alterados. Salve sua versão com o nome:</translation>
    </message>
    <message>
        <source>The template was not saved:

%1</source>
        <translation>O modelo não foi salvo:

%1</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Exportar modelo</translation>
    </message>
    <message>
        <source>Label template (*.json)</source>
        <translation>Modelo de etiqueta (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>labels::LabelsWidget</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Novo…</translation>
    </message>
    <message>
        <source>Packing order</source>
        <translation>Ordem de embalagem</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>ZPL file…</source>
        <translation>Arquivo ZPL…</translation>
    </message>
    <message>
        <source>Thermal printer…</source>
        <translation>Impressora térmica…</translation>
    </message>
    <message>
        <source>Open the template in the label editor</source>
        <translation>Abrir o modelo no editor de etiquetas</translation>
    </message>
    <message>
        <source>Start a new template from the selected one</source>
        <translation>Criar um novo modelo a partir do selecionado</translation>
    </message>
    <message>
        <source>wave number — empty: the selected orders</source>
        <translation>número da onda — vazio: os pedidos selecionados</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>Onda:</translation>
    </message>
    <message>
        <source>Print a wave&apos;s labels in the order its packages were closed instead of pick order</source>
        <translation>Imprimir as etiquetas de uma onda na ordem em que os volumes foram fechados, e não na ordem de separação</translation>
    </message>
    <message>
        <source>SKU or EAN:</source>
        <translation>SKU ou EAN:</translation>
    </message>
    <message>
        <source>several separated by commas; a scanner works</source>
        <translation>vários separados por vírgula; pode usar o leitor</translation>
    </message>
    <message>
        <source>Locations:</source>
        <translation>Endereços:</translation>
    </message>
    <message>
        <source>A-01-02-03, or A-01* for a whole rack</source>
        <translation>A-01-02-03, ou A-01* para um módulo inteiro</translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation>Lote:</translation>
    </message>
    <message>
        <source>lot code</source>
        <translation>código do lote</translation>
    </message>
    <message>
        <source>Product SKU:</source>
        <translation>SKU do produto:</translation>
    </message>
    <message>
        <source>only when two products share the lot code</source>
        <translation>somente quando dois produtos têm o mesmo código de lote</translation>
    </message>
    <message>
        <source>as packed</source>
        <translation>conforme embalado</translation>
    </message>
    <message>
        <source>Packages per order (labels &quot;Volume n/m&quot;); &quot;as packed&quot; uses the packages closed at packing, or one</source>
        <translation>Volumes por pedido (etiquetas &quot;Volume n/m&quot;); &quot;conforme embalado&quot; usa os volumes fechados na embalagem, ou um</translation>
    </message>
    <message>
        <source>203 dpi (8 dots/mm)</source>
        <translation>203 dpi (8 pontos/mm)</translation>
    </message>
    <message>
        <source>300 dpi (12 dots/mm)</source>
        <translation>300 dpi (12 pontos/mm)</translation>
    </message>
    <message>
        <source>Resolution of the thermal printer, for ZPL</source>
        <translation>Resolução da impressora térmica, para ZPL</translation>
    </message>
    <message>
        <source>Office printer, with a print preview</source>
        <translation>Impressora comum, com pré-visualização</translation>
    </message>
    <message>
        <source>Zebra-compatible printer: ZPL to its network address (port 9100) or to a CUPS raw queue</source>
        <translation>Impressora compatível com Zebra: ZPL para o endereço de rede (porta 9100) ou para uma fila raw do CUPS</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Packages:</source>
        <translation>Volumes:</translation>
    </message>
    <message>
        <source>ZPL resolution:</source>
        <translation>Resolução ZPL:</translation>
    </message>
    <message>
        <source>Print the selected orders&apos; labels (with a print preview)</source>
        <translation>Imprimir as etiquetas dos pedidos selecionados (com pré-visualização de impressão)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sample data: select orders (Ctrl/Shift for several) or type a wave.</source>
        <translation>Dados de exemplo: selecione pedidos (Ctrl/Shift para vários) ou digite uma onda.</translation>
    </message>
    <message>
        <source>Sample data: type what to print.</source>
        <translation>Dados de exemplo: digite o que imprimir.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) to print; the first is shown.</source>
        <translation>
            <numerusform>%n etiqueta a imprimir; a primeira é mostrada.</numerusform>
            <numerusform>%n etiquetas a imprimir; a primeira é mostrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Imprimir etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint labels</source>
        <translation>Reimprimir etiquetas</translation>
    </message>
    <message>
        <source>These labels were printed before: %1.
Why print them again? (This goes on the order&apos;s timeline.)</source>
        <translation>Estas etiquetas já foram impressas: %1.
Por que imprimi-las de novo? (Isto vai para o linha do tempo do pedido.)</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) printed.</source>
        <translation>
            <numerusform>%n etiqueta impressa.</numerusform>
            <numerusform>%n etiquetas impressas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n label(s)…</source>
        <translation>
            <numerusform>Preparando %n etiqueta…</numerusform>
            <numerusform>Preparando %n etiquetas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Labels %1</source>
        <translation>Etiquetas %1</translation>
    </message>
    <message numerus="yes">
        <source>Print %n label(s)</source>
        <translation>
            <numerusform>Imprimir %n etiqueta</numerusform>
            <numerusform>Imprimir %n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Salvar etiquetas como PDF</translation>
    </message>
    <message>
        <source>labels-%1.pdf</source>
        <translation>etiquetas-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save labels as ZPL</source>
        <translation>Salvar etiquetas como ZPL</translation>
    </message>
    <message>
        <source>labels-%1.zpl</source>
        <translation>etiquetas-%1.zpl</translation>
    </message>
    <message>
        <source>ZPL (*.zpl *.txt)</source>
        <translation>ZPL (*.zpl *.txt)</translation>
    </message>
    <message>
        <source>Thermal printer</source>
        <translation>Impressora térmica</translation>
    </message>
    <message>
        <source>The printer&apos;s network address (HOST or HOST:PORT, port 9100 by default),
or cups:QUEUE for a CUPS raw queue:</source>
        <translation>Endereço de rede da impressora (HOST ou HOST:PORTA, porta 9100 por padrão),
ou cups:FILA para uma fila raw do CUPS:</translation>
    </message>
    <message>
        <source>Office printers are printed through the print preview.</source>
        <translation>Impressoras comuns imprimem pela pré-visualização de impressão.</translation>
    </message>
    <message>
        <source>These labels were printed before: %1. Give a reason to reprint them.</source>
        <translation>Estas etiquetas já foram impressas: %1. Informe um motivo para reimprimi-las.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Label editor</source>
        <translation>Editor de etiquetas</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
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
    <name>picking::PackingWidget</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
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
        <source>Scan each item into the package</source>
        <translation>Leia cada item ao colocá-lo no volume</translation>
    </message>
    <message>
        <source>Scan the tote or type the order number</source>
        <translation>Leia a caixa ou digite o número do pedido</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Size (L × W × H)</source>
        <translation>Dimensões (C × L × A)</translation>
    </message>
    <message>
        <source>Close package</source>
        <translation>Fechar volume</translation>
    </message>
    <message>
        <source>Nothing was picked for order %1 yet.</source>
        <translation>Nada foi separado ainda para o pedido %1.</translation>
    </message>
    <message>
        <source>Order %1: scan its %2 units.</source>
        <translation>Pedido %1: leia as %2 unidades.</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 packed (%n package(s)): ready for the label.</source>
        <translation>
            <numerusform>Pedido %1 embalado (%n volume): pronto para a etiqueta.</numerusform>
            <numerusform>Pedido %1 embalado (%n volumes): pronto para a etiqueta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Package closed; scan the rest of the order into the next package.</source>
        <translation>Volume fechado; leia o restante do pedido no próximo volume.</translation>
    </message>
    <message>
        <source>No order open</source>
        <translation>Nenhum pedido aberto</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation>Pedido %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 de %2 unidades</translation>
    </message>
</context>
<context>
    <name>picking::PickListTableModel</name>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Totes</source>
        <translation>Caixas</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>A separar</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Percurso</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>Por código</translation>
    </message>
</context>
<context>
    <name>picking::PickTaskTableModel</name>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Endereço</translation>
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
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Tote</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>picking::PickingWidget</name>
    <message>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Paid before</source>
        <translation>Pago antes de</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Max. orders</source>
        <translation>Máx. de pedidos</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Totes per list</source>
        <translation>Caixas por lista</translation>
    </message>
    <message>
        <source>Lines per list</source>
        <translation>Linhas por lista</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>Waiting over 48 h or express</source>
        <translation>Aguardando há mais de 48 h ou expresso</translation>
    </message>
    <message>
        <source>Express only</source>
        <translation>Somente expresso</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>Todas as transportadoras</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <source>Release wave</source>
        <translation>Liberar onda</translation>
    </message>
    <message>
        <source>One wave per carrier</source>
        <translation>Uma onda por transportadora</translation>
    </message>
    <message>
        <source>Rule: release a wave for each carrier with orders waiting, with the filters above</source>
        <translation>Regra: liberar uma onda para cada transportadora com pedidos aguardando, com os filtros acima</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Ondas</translation>
    </message>
    <message>
        <source>Cancel wave…</source>
        <translation>Cancelar onda…</translation>
    </message>
    <message>
        <source>Pick lists of the selected wave</source>
        <translation>Listas de separação da onda selecionada</translation>
    </message>
    <message>
        <source>PDF (A4)…</source>
        <translation>PDF (A4)…</translation>
    </message>
    <message>
        <source>PDF (80 mm)…</source>
        <translation>PDF (80 mm)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>A4…</source>
        <translation>A4…</translation>
    </message>
    <message>
        <source>80 mm thermal…</source>
        <translation>Térmica de 80 mm…</translation>
    </message>
    <message>
        <source>Choose the orders and press Preview to see the wave and its route before releasing it.</source>
        <translation>Escolha os pedidos e clique em Pré-visualizar para ver a onda e o percurso antes de liberá-la.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to pick: %n order(s) with reserved stock</source>
        <translation>
            <numerusform>Aguardando separação: %n pedido com estoque reservado</numerusform>
            <numerusform>Aguardando separação: %n pedidos com estoque reservado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s).</source>
        <translation>
            <numerusform>, %n linha.</numerusform>
            <numerusform>, %n linhas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n back-order(s) open (picking backorders lists them).</source>
        <translation>
            <numerusform>%n pendência (backorder) em aberto (picking backorders lista as pendências).</numerusform>
            <numerusform>%n pendências (backorders) em aberto (picking backorders lista as pendências).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pedido</numerusform>
            <numerusform>%n pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pick list(s)</source>
        <translation>
            <numerusform>%n lista de separação</numerusform>
            <numerusform>%n listas de separação</numerusform>
        </translation>
    </message>
    <message>
        <source>route %1 (in location-code order %2: %3 % shorter)</source>
        <translation>percurso %1 (na ordem dos códigos de endereço %2: %3 % menor)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) left out: stock not fully reserved.</source>
        <translation>
            <numerusform>%n pedido ficou de fora: estoque não totalmente reservado.</numerusform>
            <numerusform>%n pedidos ficaram de fora: estoque não totalmente reservado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1 released: </source>
        <translation>Onda %1 liberada: </translation>
    </message>
    <message>
        <source>Release waves</source>
        <translation>Liberar ondas</translation>
    </message>
    <message numerus="yes">
        <source>Wave %1: %n order(s)</source>
        <translation>
            <numerusform>Onda %1: %n pedido</numerusform>
            <numerusform>Onda %1: %n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick lists of wave %1</source>
        <translation>Listas de separação da onda %1</translation>
    </message>
    <message>
        <source>Cancel wave</source>
        <translation>Cancelar onda</translation>
    </message>
    <message numerus="yes">
        <source>Cancel wave %1? Its %n order(s) can then go into another wave.</source>
        <translation>
            <numerusform>Cancelar a onda %1? Depois disso, %n pedido dela poderá entrar em outra onda.</numerusform>
            <numerusform>Cancelar a onda %1? Depois disso, os %n pedidos dela poderão entrar em outra onda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print pick lists (80 mm)</source>
        <translation>Imprimir listas de separação (80 mm)</translation>
    </message>
    <message>
        <source>Print pick lists (A4)</source>
        <translation>Imprimir listas de separação (A4)</translation>
    </message>
    <message>
        <source>Print pick lists</source>
        <translation>Imprimir listas de separação</translation>
    </message>
    <message>
        <source>Save pick lists</source>
        <translation>Salvar listas de separação</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>picking::ScanWidget</name>
    <message>
        <source>Location</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Tote</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Scan here (the scanner types the code and Enter)</source>
        <translation>Leia aqui (o leitor digita o código e Enter)</translation>
    </message>
    <message>
        <source>List %1 has nothing left to pick.</source>
        <translation>A lista %1 não tem mais nada a separar.</translation>
    </message>
    <message numerus="yes">
        <source>List %1: %n pick(s) to do.</source>
        <translation>
            <numerusform>Lista %1: %n separação a fazer.</numerusform>
            <numerusform>Lista %1: %n separações a fazer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tote complete: order picked.</source>
        <translation>Caixa completa: pedido separado.</translation>
    </message>
    <message>
        <source>No pick list open</source>
        <translation>Nenhuma lista de separação aberta</translation>
    </message>
    <message>
        <source>Pick list %1</source>
        <translation>Lista de separação %1</translation>
    </message>
    <message>
        <source>Pick %1 of %2</source>
        <translation>Separação %1 de %2</translation>
    </message>
    <message>
        <source>Scan the barcode of a pick list (e.g. W12-03) to start.</source>
        <translation>Leia o código de barras de uma lista de separação (por exemplo W12-03) para começar.</translation>
    </message>
</context>
<context>
    <name>picking::WaveTableModel</name>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>Em separação</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Separado</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Em falta</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Onda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>A separar</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Percurso</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>Por código</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada em</translation>
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
    <name>stock::CountsWidget</name>
    <message>
        <source>New count</source>
        <translation>Novo inventário</translation>
    </message>
    <message>
        <source>Full warehouse</source>
        <translation>Depósito inteiro</translation>
    </message>
    <message>
        <source>One zone</source>
        <translation>Uma zona</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>Classe ABC</translation>
    </message>
    <message>
        <source>zone (PICK, COLD …) or class (A, B, C)</source>
        <translation>zona (PICK, COLD …) ou classe (A, B, C)</translation>
    </message>
    <message>
        <source>Start count</source>
        <translation>Iniciar inventário</translation>
    </message>
    <message>
        <source>Blind count: scan location, then product</source>
        <translation>Contagem cega: leia o endereço e depois o produto</translation>
    </message>
    <message>
        <source>lot-controlled products only</source>
        <translation>somente produtos com controle de lote</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Product (EAN)</source>
        <translation>Produto (EAN)</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Units per scan</source>
        <translation>Unidades por leitura</translation>
    </message>
    <message>
        <source>Review differences (supervisor)</source>
        <translation>Revisar diferenças (supervisor)</translation>
    </message>
    <message>
        <source>Post differences</source>
        <translation>Lançar diferenças</translation>
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
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Open count</source>
        <translation>Inventário aberto</translation>
    </message>
    <message>
        <source>Counting %1: scan the products.</source>
        <translation>Contando %1: leia os produtos.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>geral</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>zona %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>%1 — started %2</source>
        <translation>%1 — iniciado em %2</translation>
    </message>
    <message>
        <source>%1 of %2 lines counted</source>
        <translation>%1 de %2 linhas contadas</translation>
    </message>
    <message>
        <source>Count started: scan a location.</source>
        <translation>Inventário iniciado: leia um endereço.</translation>
    </message>
    <message>
        <source>Start a count first.</source>
        <translation>Inicie um inventário primeiro.</translation>
    </message>
    <message>
        <source>Scan the location first.</source>
        <translation>Leia o endereço primeiro.</translation>
    </message>
    <message>
        <source>+%1 %2 at %3</source>
        <translation>+%1 %2 em %3</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>não contado</translation>
    </message>
    <message>
        <source>Post every difference of the counted lines as a stock movement? Lines not counted stay as they are.</source>
        <translation>Lançar cada diferença das linhas contadas como uma movimentação de estoque? As linhas não contadas ficam como estão.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) posted.</source>
        <translation>
            <numerusform>%n diferença lançada.</numerusform>
            <numerusform>%n diferenças lançadas.</numerusform>
        </translation>
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
    <name>stock::ReceivingWidget</name>
    <message>
        <source>New receipt…</source>
        <translation>Novo recebimento…</translation>
    </message>
    <message>
        <source>Close receipt</source>
        <translation>Fechar recebimento</translation>
    </message>
    <message>
        <source>Open receipts</source>
        <translation>Recebimentos abertos</translation>
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
        <source>Lot/expiry</source>
        <translation>Lote/validade</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltando</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>EAN (GTIN) or SKU</source>
        <translation>EAN (GTIN) ou SKU</translation>
    </message>
    <message>
        <source>as printed on the package</source>
        <translation>como impresso na embalagem</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <source>scan the location, or Enter for the suggestion</source>
        <translation>leia o endereço, ou Enter para o sugerido</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Validade</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Put away in</source>
        <translation>Armazenar em</translation>
    </message>
    <message>
        <source>Receipt closed.</source>
        <translation>Recebimento fechado.</translation>
    </message>
    <message>
        <source>%1 · %2 — %3 of %4</source>
        <translation>%1 · %2 — %3 de %4</translation>
    </message>
    <message>
        <source>(no document)</source>
        <translation>(sem documento)</translation>
    </message>
    <message>
        <source>(supplier?)</source>
        <translation>(fornecedor?)</translation>
    </message>
    <message>
        <source>lot + expiry</source>
        <translation>lote + validade</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose or create a receipt first.</source>
        <translation>Escolha ou crie um recebimento primeiro.</translation>
    </message>
    <message>
        <source>The expiry &quot;%1&quot; is not a date: type it as dd/mm/yyyy.</source>
        <translation>A validade &quot;%1&quot; não é uma data: digite-a como dd/mm/aaaa.</translation>
    </message>
    <message>
        <source>No suggestion: scan any free storage location.</source>
        <translation>Sem sugestão: leia qualquer endereço de armazenagem livre.</translation>
    </message>
    <message>
        <source>Put away %1 × %2 in &lt;b&gt;%3&lt;/b&gt; (%4).</source>
        <translation>Armazene %1 × %2 em &lt;b&gt;%3&lt;/b&gt; (%4).</translation>
    </message>
    <message>
        <source>Received %1 × %2 (%3 of %4).</source>
        <translation>Recebido %1 × %2 (%3 de %4).</translation>
    </message>
    <message>
        <source>Put away in %1. Next product.</source>
        <translation>Armazenado em %1. Próximo produto.</translation>
    </message>
    <message>
        <source>There is no warehouse yet.</source>
        <translation>Ainda não há depósito.</translation>
    </message>
    <message>
        <source>New receipt</source>
        <translation>Novo recebimento</translation>
    </message>
    <message>
        <source>One line per product: EAN or SKU, a space, the expected quantity</source>
        <translation>Uma linha por produto: EAN ou SKU, um espaço e a quantidade esperada</translation>
    </message>
    <message>
        <source>Invoice / order</source>
        <translation>Nota fiscal / pedido</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>Expected items</source>
        <translation>Itens esperados</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a known product followed by a quantity.</source>
        <translation>Linha %1: &quot;%2&quot; não é um produto conhecido seguido de uma quantidade.</translation>
    </message>
    <message>
        <source>Receipt created: scan the goods.</source>
        <translation>Recebimento criado: leia as mercadorias.</translation>
    </message>
</context>
<context>
    <name>stock::StockWidget</name>
    <message>
        <source>SKU, EAN, lot or location — type or scan, then Enter</source>
        <translation>SKU, EAN, lote ou endereço — digite ou leia e tecle Enter</translation>
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
        <source>On hand</source>
        <translation>Em estoque</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <source>Search for a product to see where its stock is.</source>
        <translation>Pesquise um produto para ver onde está o estoque dele.</translation>
    </message>
    <message>
        <source>Promisable (not expired or blocked)</source>
        <translation>Vendável (não vencido nem bloqueado)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Validade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimentação</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Per location and lot</source>
        <translation>Por endereço e lote</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Movimentar…</translation>
    </message>
    <message>
        <source>Block lot</source>
        <translation>Bloquear lote</translation>
    </message>
    <message>
        <source>Block location</source>
        <translation>Bloquear endereço</translation>
    </message>
    <message>
        <source>Movements (newest first)</source>
        <translation>Movimentações (mais recentes primeiro)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Expired lots and lots expiring within</source>
        <translation>Lotes vencidos e lotes que vencem em até</translation>
    </message>
    <message>
        <source>Lot code, then Enter</source>
        <translation>Código do lote e Enter</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
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
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Picked at</source>
        <translation>Separado em</translation>
    </message>
    <message>
        <source>Every order and customer that received lot</source>
        <translation>Todos os pedidos e clientes que receberam o lote</translation>
    </message>
    <message>
        <source>Order number, then Enter</source>
        <translation>Número do pedido e Enter</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Separado</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Em falta</translation>
    </message>
    <message>
        <source>Reservations and shortages of order</source>
        <translation>Reservas e faltas do pedido</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Tem</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Pick faces below their minimum (refill from reserve) and products to buy</source>
        <translation>Posições de picking abaixo do mínimo (repor a partir do pulmão) e produtos a comprar</translation>
    </message>
    <message>
        <source>Product card</source>
        <translation>Ficha do produto</translation>
    </message>
    <message>
        <source>Recall by lot</source>
        <translation>Recall por lote</translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation>Reposição</translation>
    </message>
    <message>
        <source>Unblock lot</source>
        <translation>Desbloquear lote</translation>
    </message>
    <message>
        <source>Unblock location</source>
        <translation>Desbloquear endereço</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nada encontrado para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>SKU/EAN</source>
        <translation>SKU/EAN</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>lote</translation>
    </message>
    <message>
        <source>location</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>EAN %1</source>
        <translation>EAN %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unidade %1</translation>
    </message>
    <message>
        <source>lots with expiry</source>
        <translation>lotes com validade</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>lotes</translation>
    </message>
    <message>
        <source>no lot control</source>
        <translation>sem controle de lote</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>min %1 / max %2</source>
        <translation>mín. %1 / máx. %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>vence em %1 dias</translation>
    </message>
    <message>
        <source>lot blocked</source>
        <translation>lote bloqueado</translation>
    </message>
    <message>
        <source>location blocked</source>
        <translation>endereço bloqueado</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Move stock from %1</source>
        <translation>Movimentar estoque de %1</translation>
    </message>
    <message>
        <source>Transfer to another location</source>
        <translation>Transferir para outro endereço</translation>
    </message>
    <message>
        <source>Write-off (expired, damaged)</source>
        <translation>Baixa (vencido, avariado)</translation>
    </message>
    <message>
        <source>Adjustment: fewer than recorded</source>
        <translation>Ajuste: menos do que o registrado</translation>
    </message>
    <message>
        <source>Adjustment: more than recorded</source>
        <translation>Ajuste: mais do que o registrado</translation>
    </message>
    <message>
        <source>location code</source>
        <translation>código do endereço</translation>
    </message>
    <message>
        <source>%1 · lot %2 · available %3</source>
        <translation>%1 · lote %2 · disponível %3</translation>
    </message>
    <message>
        <source>Movement posted.</source>
        <translation>Movimentação lançada.</translation>
    </message>
    <message>
        <source>Block lot %1</source>
        <translation>Bloquear lote %1</translation>
    </message>
    <message>
        <source>Why (quality hold, recall …)?</source>
        <translation>Motivo (retenção pela qualidade, recall …)?</translation>
    </message>
    <message>
        <source>Lot %1 blocked: it is no longer reserved for orders.</source>
        <translation>Lote %1 bloqueado: ele não é mais reservado para pedidos.</translation>
    </message>
    <message>
        <source>Lot %1 unblocked.</source>
        <translation>Lote %1 desbloqueado.</translation>
    </message>
    <message>
        <source>Block location %1</source>
        <translation>Bloquear endereço %1</translation>
    </message>
    <message>
        <source>Why (damaged rack, count …)?</source>
        <translation>Motivo (estrutura avariada, inventário …)?</translation>
    </message>
    <message>
        <source>Location %1 blocked.</source>
        <translation>Endereço %1 bloqueado.</translation>
    </message>
    <message>
        <source>Location %1 unblocked.</source>
        <translation>Endereço %1 desbloqueado.</translation>
    </message>
    <message>
        <source>expired %1 d ago</source>
        <translation>vencido há %1 d</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source> (blocked)</source>
        <translation> (bloqueado)</translation>
    </message>
    <message>
        <source>No order received lot %1.</source>
        <translation>Nenhum pedido recebeu o lote %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) received lot %1.</source>
        <translation>
            <numerusform>%n pedido recebeu o lote %1.</numerusform>
            <numerusform>%n pedidos receberam o lote %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>— not in stock —</source>
        <translation>— sem estoque —</translation>
    </message>
    <message>
        <source>Order %1 holds no stock (not paid yet, or cancelled).</source>
        <translation>O pedido %1 não tem estoque reservado (ainda não pago, ou cancelado).</translation>
    </message>
    <message>
        <source>Order %1 is fully reserved.</source>
        <translation>O pedido %1 está totalmente reservado.</translation>
    </message>
    <message numerus="yes">
        <source>Order %1 is short of %n line(s): receive stock, then reserve again.</source>
        <translation>
            <numerusform>Falta estoque para %n linha do pedido %1: receba estoque e reserve de novo.</numerusform>
            <numerusform>Falta estoque para %n linhas do pedido %1: receba estoque e reserve de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refill pick face</source>
        <translation>Repor posição de picking</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Comprar</translation>
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
