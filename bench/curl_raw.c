/* curl_raw.c: the ceiling for one client: a libcurl loop sending one pre-signed StopTask
 * request over a kept-alive connection, discarding the response. Nothing is signed,
 * serialised or parsed per call. Usage: curl_raw URL [seconds]; prints
 * "curl.raw <calls/s wall> <CPU us/call>". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>

#include "bench.h"

int main(int argc, char **argv)
{
    double seconds = argc > 2 ? atof(argv[2]) : 3.0, wall0, cpu0, wall;
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
    PRESIGNED_HEADERS(curl_slist_append, headers);
    curl_easy_setopt(h, CURLOPT_URL, argv[1]);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, STOP_TASK_BODY);
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)(sizeof STOP_TASK_BODY - 1));
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard);
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
