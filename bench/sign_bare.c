/* sign_bare.c: the floor for one SigV4 signature with a cached signing key, in plain
 * OpenSSL: SHA-256 of the body, SHA-256 of a canonical request of the StopTask's size,
 * one HMAC-SHA256 over the string to sign, and hex. Digest contexts are prepared once,
 * as a tuned signer would. Prints "openssl.bare <rate> <us/op>". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>

static const char BODY[] =
    "{\"cluster\":\"default\",\"task\":\"arn:aws:ecs:us-east-1:123456789012:task/default/"
    "0123456789abcdef0123456789abcdef\",\"reason\":\"done\"}";
static const char CREQ[] =
    "POST\n/\n\ncontent-type:application/x-amz-json-1.1\nhost:ecs.us-east-1.amazonaws.com\n"
    "x-amz-date:20150830T123600Z\nx-amz-target:AmazonEC2ContainerServiceV20141113.StopTask\n\n"
    "content-type;host;x-amz-date;x-amz-target\n"
    "0000000000000000000000000000000000000000000000000000000000000000";

static void hex(const unsigned char *in, size_t n, char *out)
{
    static const char d[] = "0123456789abcdef";
    size_t i;
    for (i = 0; i < n; i++) {
        out[2 * i] = d[in[i] >> 4];
        out[2 * i + 1] = d[in[i] & 15];
    }
    out[2 * n] = 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    double seconds = argc > 1 ? atof(argv[1]) : 2.0, start, elapsed;
    unsigned char key[32], h[32];
    char sts[256], hx[65], sig[65];
    unsigned int len;
    long n = 0, i;
    EVP_MD *md = EVP_MD_fetch(NULL, "SHA256", NULL);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    HMAC_CTX *hm = HMAC_CTX_new();

    memset(key, 7, sizeof key);
    start = now();
    do {
        for (i = 0; i < 10000; i++) {
            EVP_DigestInit_ex(ctx, md, NULL);
            EVP_DigestUpdate(ctx, BODY, sizeof BODY - 1);
            EVP_DigestFinal_ex(ctx, h, &len);
            hex(h, 32, hx);
            EVP_DigestInit_ex(ctx, md, NULL);
            EVP_DigestUpdate(ctx, CREQ, sizeof CREQ - 1);
            EVP_DigestFinal_ex(ctx, h, &len);
            hex(h, 32, hx);
            len = (unsigned)snprintf(sts, sizeof sts,
                "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/ecs/aws4_request\n%s", hx);
            HMAC_Init_ex(hm, key, sizeof key, md, NULL);
            HMAC_Update(hm, (unsigned char *)sts, len);
            HMAC_Final(hm, h, &len);
            hex(h, 32, sig);
        }
        n += 10000;
        elapsed = now() - start;
    } while (elapsed < seconds);
    printf("openssl.bare %.0f %.3f\n", n / elapsed, elapsed / n * 1e6);
    HMAC_CTX_free(hm);
    EVP_MD_CTX_free(ctx);
    EVP_MD_free(md);
    return sig[0] == 0;
}
