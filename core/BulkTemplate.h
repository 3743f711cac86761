#pragma once

#include <QString>

namespace migo::core {

/// Writes the cardholder upload template (contract §18) to `path`: an .xlsx whose first sheet has the 12 columns
/// (formatted as text, so Excel keeps leading zeros and long numbers as typed) with list validation on maritalStatus,
/// gender and documentType, and a second sheet "Allowed values" listing those values and the formats of the other
/// columns. Written with libxlsxwriter to a temporary file beside `path`, then renamed over it: nothing half-written
/// is ever left at `path`. Returns false with a translated sentence in `error`. Any thread (a small, quick file).
bool writeBulkTemplate(const QString& path, QString* error);

} // namespace migo::core
