#include "core/domain/taxid.h"

#include "core/domain/cnpj.h"
#include "core/domain/cpf.h"

namespace core {

QString TaxId::format(QStringView normalized)
{
    return normalized.size() == 11 ? Cpf::format(normalized) : Cnpj::format(normalized);
}

} // namespace core
