#include "cli.h"

#include <exception>
#include <iostream>

#include "bitext/core/error.h"
#include "bitext/io/language.h"

namespace bitext::cli {

std::optional<int> parse(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    app.exit(e);
    return kOk;
  } catch (const CLI::CallForAllHelp& e) {
    app.exit(e);
    return kOk;
  } catch (const CLI::CallForVersion& e) {
    app.exit(e);
    return kOk;
  } catch (const CLI::ParseError& e) {
    std::cerr << app.get_name() << ": error: " << e.what() << "\n"
              << "Run '" << app.get_name() << " --help' for usage.\n";
    return kBadInput;
  }
  return std::nullopt;
}

int guard(std::string_view command, const std::function<int()>& body) {
  const std::string prefix = "bitext " + std::string(command) + ": error: ";
  try {
    return body();
  } catch (const InputError& e) {
    std::cerr << prefix << e.what() << "\n";
    return kBadInput;
  } catch (const ConfigError& e) {
    std::cerr << prefix << e.what() << "\n";
    return kBadInput;
  } catch (const ResourceError& e) {
    // Unwritable outputs are the user's to fix, like bad inputs; other resources are internal.
    std::cerr << prefix << e.what() << "\n";
    return std::string_view(e.what()).find("cannot write") != std::string_view::npos ? kBadInput
                                                                                     : kInternal;
  } catch (const std::exception& e) {
    std::cerr << prefix << "internal error: " << e.what() << "\n";
    return kInternal;
  }
}

void warn(std::string_view command, std::string_view message) {
  std::cerr << "bitext " << command << ": warning: " << message << "\n";
}

void add_zh_tag_flag(CLI::App& app, std::string& tag) {
  app.add_option("--zh-tag", tag,
                 "language tag of the Chinese side in TMX, TBX and HTML (zh-CN, zh-TW, zh-HK ...; "
                 "default: zh-TW for Traditional text, else zh-CN)")
      ->check([](const std::string& value) {
        try {
          io::check_chinese_tag(value);
        } catch (const ConfigError& e) {
          return std::string(e.what());
        }
        return std::string();
      });
}

std::string format_for(const std::string& format_flag, const std::string& output_path,
                       const std::string& fallback) {
  if (!format_flag.empty()) return format_flag;
  const auto dot = output_path.find_last_of('.');
  const auto slash = output_path.find_last_of('/');
  if (output_path == "-" || dot == std::string::npos ||
      (slash != std::string::npos && dot < slash)) {
    return fallback;
  }
  std::string ext = output_path.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "txt") return "text";
  if (ext == "htm") return "html";
  return ext;
}

}  // namespace bitext::cli
