#include "cli/cli.h"

int main(int argc, char** argv) { return formwork::run_cli(argc, argv, FORMWORK_SOURCE_DIR); }
