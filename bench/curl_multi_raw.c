/* curl_multi_raw.c: the ceiling for many calls at once: libcurl's multi interface driving
 * C easy handles that each send one pre-signed StopTask request, N in all, discarding the
 * responses; nothing is signed, serialised or parsed per call.
 * Usage: curl_multi_raw URL [N] [C]; prints "curl.multi <calls/s wall> <CPU us/call>". */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <curl/curl.h>

#include "bench.h"

int main(int argc, char **argv)
{
    long n = argc > 2 ? atol(argv[2]) : 1000, started = 0, done = 0;
    int c = argc > 3 ? atoi(argv[3]) : 32, i, running, queued;
    struct curl_slist *headers = NULL;
    CURLM *multi;
    CURL **easy;
    double wall0, cpu0;
    CURLMsg *msg;

    if (argc < 2) {
        fprintf(stderr, "usage: curl_multi_raw URL [N] [C]\n");
        return 2;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    multi = curl_multi_init();
    easy = calloc((size_t)c, sizeof *easy);
    PRESIGNED_HEADERS(curl_slist_append, headers);
    for (i = 0; i < c; i++) {
        easy[i] = curl_easy_init();
        curl_easy_setopt(easy[i], CURLOPT_URL, argv[1]);
        curl_easy_setopt(easy[i], CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(easy[i], CURLOPT_POSTFIELDS, STOP_TASK_BODY);
        curl_easy_setopt(easy[i], CURLOPT_POSTFIELDSIZE, (long)(sizeof STOP_TASK_BODY - 1));
        curl_easy_setopt(easy[i], CURLOPT_WRITEFUNCTION, discard);
        curl_easy_setopt(easy[i], CURLOPT_NOSIGNAL, 1L);
    }
    wall0 = now(CLOCK_MONOTONIC);
    cpu0 = now(CLOCK_PROCESS_CPUTIME_ID);
    for (i = 0; i < c && started < n; i++, started++)
        curl_multi_add_handle(multi, easy[i]);
    while (done < n) {
        curl_multi_perform(multi, &running);
        while ((msg = curl_multi_info_read(multi, &queued)) != NULL) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            if (msg->data.result != CURLE_OK)
                return 1;
            done++;
            curl_multi_remove_handle(multi, msg->easy_handle);
            if (started < n) {
                curl_multi_add_handle(multi, msg->easy_handle);
                started++;
            }
        }
        if (done < n)
            curl_multi_poll(multi, NULL, 0, 1000, NULL);
    }
    printf("curl.multi %.0f %.3f\n", n / (now(CLOCK_MONOTONIC) - wall0),
           (now(CLOCK_PROCESS_CPUTIME_ID) - cpu0) / n * 1e6);
    for (i = 0; i < c; i++)
        curl_easy_cleanup(easy[i]);
    curl_multi_cleanup(multi);
    curl_slist_free_all(headers);
    free(easy);
    return 0;
}
