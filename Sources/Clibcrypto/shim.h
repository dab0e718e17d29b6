// OpenSSL's libcrypto, for SHA-256 (Debian: libssl-dev, pkg-config: libcrypto).
// SHA256_Init/Update/Final are deprecated since OpenSSL 3.0 but shipped by every 3.x; the EVP interface
// costs a provider search on every run (see Sources/ParticipatieReport/SHA256.swift).
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
