/* bench.h: what the C benchmark loops share: the StopTask body, a response sink, clocks. */
#ifndef AWSJOBS_BENCH_H
#define AWSJOBS_BENCH_H

#include <stddef.h>
#include <time.h>

static const char STOP_TASK_BODY[] =
    "{\"cluster\":\"default\",\"task\":\"arn:aws:ecs:us-east-1:123456789012:task/default/"
    "0123456789abcdef0123456789abcdef\",\"reason\":\"done\"}";

/* A pre-signed Authorization: the raw loops send one fixed request and sign nothing. */
#define PRESIGNED_HEADERS(append, list)                                                         \
    do {                                                                                        \
        list = append(list, "Content-Type: application/x-amz-json-1.1");                        \
        list = append(list, "X-Amz-Target: AmazonEC2ContainerServiceV20141113.StopTask");       \
        list = append(list, "X-Amz-Date: 20150830T123600Z");                                    \
        list = append(list, "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/"  \
            "us-east-1/ecs/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, " \
            "Signature=0000000000000000000000000000000000000000000000000000000000000000");       \
        list = append(list, "Expect:");                                                         \
    } while (0)

static size_t discard(char *p, size_t size, size_t n, void *ud)
{
    (void)p;
    (void)ud;
    return size * n;
}

static double now(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

#endif
