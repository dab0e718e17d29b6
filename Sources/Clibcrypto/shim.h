// OpenSSL's libcrypto, for SHA-256 through the EVP digest API (Debian: libssl-dev, pkg-config: libcrypto).
#include <openssl/evp.h>
