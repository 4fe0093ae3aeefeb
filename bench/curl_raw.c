/* curl_raw.c: the ceiling for one client: a libcurl loop sending one pre-signed StopTask
 * request over a kept-alive connection, discarding the response. Nothing is signed,
 * serialised or parsed per call. Usage: curl_raw URL [seconds]; prints
 * "curl.raw <calls/s wall> <CPU us/call>". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

static const char BODY[] =
    "{\"cluster\":\"default\",\"task\":\"arn:aws:ecs:us-east-1:123456789012:task/default/"
    "0123456789abcdef0123456789abcdef\",\"reason\":\"done\"}";

static size_t discard(char *p, size_t size, size_t n, void *ud)
{
    (void)p;
    (*(size_t *)ud) += size * n;
    return size * n;
}

static double now(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    double seconds = argc > 2 ? atof(argv[2]) : 3.0, wall0, cpu0, wall;
    size_t received = 0;
    long n = 0, status = 0;
    int i;
    CURL *h;
    struct curl_slist *headers = NULL;

    if (argc < 2) {
        fprintf(stderr, "usage: curl_raw URL [seconds]\n");
        return 2;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    h = curl_easy_init();
    headers = curl_slist_append(headers, "Content-Type: application/x-amz-json-1.1");
    headers = curl_slist_append(headers, "X-Amz-Target: AmazonEC2ContainerServiceV20141113.StopTask");
    headers = curl_slist_append(headers, "X-Amz-Date: 20150830T123600Z");
    headers = curl_slist_append(headers, "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/"
        "us-east-1/ecs/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
        "Signature=0000000000000000000000000000000000000000000000000000000000000000");
    headers = curl_slist_append(headers, "Expect:");
    curl_easy_setopt(h, CURLOPT_URL, argv[1]);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, BODY);
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)(sizeof BODY - 1));
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &received);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    for (i = 0; i < 2000; i++)  /* warm up */
        if (curl_easy_perform(h) != CURLE_OK)
            return 1;
    wall0 = now(CLOCK_MONOTONIC);
    cpu0 = now(CLOCK_PROCESS_CPUTIME_ID);
    do {
        for (i = 0; i < 500; i++) {
            if (curl_easy_perform(h) != CURLE_OK)
                return 1;
        }
        n += 500;
        wall = now(CLOCK_MONOTONIC) - wall0;
    } while (wall < seconds);
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    printf("curl.raw %.0f %.3f\n", n / wall, (now(CLOCK_PROCESS_CPUTIME_ID) - cpu0) / n * 1e6);
    curl_slist_free_all(headers);
    curl_easy_cleanup(h);
    curl_global_cleanup();
    return status == 200 ? 0 : 1;
}
