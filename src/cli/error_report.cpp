#include "cli/error_report.h"

#include "util/errors.h"

namespace formwork {

namespace {

int print(std::ostream& err, const std::string& prefix, const std::string& what, int code) {
  err << "formwork: " << prefix << what << "\n";
  return code;
}

}  // namespace

int report_exception(std::ostream& err, const std::string& prefix) {
  try {
    throw;
  } catch (const UsageError& e) {
    return print(err, prefix, e.what(), kUsage);
  } catch (const DataError& e) {
    print(err, prefix, e.what(), kInvalidData);
    for (const auto& d : e.details) err << "  " << d << "\n";
    return kInvalidData;
  } catch (const TemplateError& e) {
    return print(err, prefix, std::string("template error: ") + e.what(), kTemplateError);
  } catch (const IoError& e) {
    return print(err, prefix, e.what(), kIoError);
  } catch (const std::exception& e) {
    return print(err, prefix, e.what(), kIoError);
  }
}

}  // namespace formwork
