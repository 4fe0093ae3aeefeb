---@meta
-- Generated from botocore 1.43.11 (batch 2016-08-10); do not edit. Regenerate: python3 tools/gen_docs.py
-- LuaLS definitions of awsjobs.batch (see types/awsjobs/init.d.lua for the rest of the API).

---@alias awsjobs.batch.Operation "CancelJob"|"CreateComputeEnvironment"|"CreateConsumableResource"|"CreateJobQueue"|"CreateQuotaShare"|"CreateSchedulingPolicy"|"CreateServiceEnvironment"|"DeleteComputeEnvironment"|"DeleteConsumableResource"|"DeleteJobQueue"|"DeleteQuotaShare"|"DeleteSchedulingPolicy"|"DeleteServiceEnvironment"|"DeregisterJobDefinition"|"DescribeComputeEnvironments"|"DescribeConsumableResource"|"DescribeJobDefinitions"|"DescribeJobQueues"|"DescribeJobs"|"DescribeQuotaShare"|"DescribeSchedulingPolicies"|"DescribeServiceEnvironments"|"DescribeServiceJob"|"GetJobQueueSnapshot"|"ListConsumableResources"|"ListJobs"|"ListJobsByConsumableResource"|"ListQuotaShares"|"ListSchedulingPolicies"|"ListServiceJobs"|"ListTagsForResource"|"RegisterJobDefinition"|"SubmitJob"|"SubmitServiceJob"|"TagResource"|"TerminateJob"|"TerminateServiceJob"|"UntagResource"|"UpdateComputeEnvironment"|"UpdateConsumableResource"|"UpdateJobQueue"|"UpdateQuotaShare"|"UpdateSchedulingPolicy"|"UpdateServiceEnvironment"|"UpdateServiceJob"
---@alias awsjobs.batch.Waiter "JobComplete"
---@alias awsjobs.batch.Paginated "DescribeComputeEnvironments"|"DescribeJobDefinitions"|"DescribeJobQueues"|"DescribeServiceEnvironments"|"ListConsumableResources"|"ListJobs"|"ListJobsByConsumableResource"|"ListQuotaShares"|"ListSchedulingPolicies"|"ListServiceJobs"
---@alias awsjobs.batch.ArrayJobDependency "N_TO_N"|"SEQUENTIAL"
---@alias awsjobs.batch.AssignPublicIp "ENABLED"|"DISABLED"
---@alias awsjobs.batch.CEState "ENABLED"|"DISABLED"
---@alias awsjobs.batch.CEStatus "CREATING"|"UPDATING"|"DELETING"|"DELETED"|"VALID"|"INVALID"
---@alias awsjobs.batch.CEType "MANAGED"|"UNMANAGED"
---@alias awsjobs.batch.CRAllocationStrategy "BEST_FIT"|"BEST_FIT_PROGRESSIVE"|"SPOT_CAPACITY_OPTIMIZED"|"SPOT_PRICE_CAPACITY_OPTIMIZED"
---@alias awsjobs.batch.CRType "EC2"|"SPOT"|"FARGATE"|"FARGATE_SPOT"
---@alias awsjobs.batch.CRUpdateAllocationStrategy "BEST_FIT_PROGRESSIVE"|"SPOT_CAPACITY_OPTIMIZED"|"SPOT_PRICE_CAPACITY_OPTIMIZED"
---@alias awsjobs.batch.DeviceCgroupPermission "READ"|"WRITE"|"MKNOD"
---@alias awsjobs.batch.EFSAuthorizationConfigIAM "ENABLED"|"DISABLED"
---@alias awsjobs.batch.EFSTransitEncryption "ENABLED"|"DISABLED"
---@alias awsjobs.batch.FirelensConfigurationType "fluentd"|"fluentbit"
---@alias awsjobs.batch.JQState "ENABLED"|"DISABLED"
---@alias awsjobs.batch.JQStatus "CREATING"|"UPDATING"|"DELETING"|"DELETED"|"VALID"|"INVALID"
---@alias awsjobs.batch.JobDefinitionType "container"|"multinode"
---@alias awsjobs.batch.JobQueueType "EKS"|"ECS"|"ECS_FARGATE"|"SAGEMAKER_TRAINING"
---@alias awsjobs.batch.JobStateTimeLimitActionsAction "CANCEL"|"TERMINATE"
---@alias awsjobs.batch.JobStateTimeLimitActionsState "RUNNABLE"
---@alias awsjobs.batch.JobStatus "SUBMITTED"|"PENDING"|"RUNNABLE"|"STARTING"|"RUNNING"|"SUCCEEDED"|"FAILED"
---@alias awsjobs.batch.LogDriver "json-file"|"syslog"|"journald"|"gelf"|"fluentd"|"awslogs"|"splunk"|"awsfirelens"
---@alias awsjobs.batch.OrchestrationType "ECS"|"EKS"
---@alias awsjobs.batch.PlatformCapability "EC2"|"FARGATE"
---@alias awsjobs.batch.QuotaShareIdleResourceAssignmentStrategy "FIFO"
---@alias awsjobs.batch.QuotaShareInSharePreemptionState "ENABLED"|"DISABLED"
---@alias awsjobs.batch.QuotaShareResourceSharingStrategy "RESERVE"|"LEND"|"LEND_AND_BORROW"
---@alias awsjobs.batch.QuotaShareState "ENABLED"|"DISABLED"
---@alias awsjobs.batch.QuotaShareStatus "CREATING"|"VALID"|"INVALID"|"UPDATING"|"DELETING"
---@alias awsjobs.batch.ResourceType "GPU"|"VCPU"|"MEMORY"
---@alias awsjobs.batch.RetryAction "RETRY"|"EXIT"
---@alias awsjobs.batch.ServiceEnvironmentState "ENABLED"|"DISABLED"
---@alias awsjobs.batch.ServiceEnvironmentStatus "CREATING"|"UPDATING"|"DELETING"|"DELETED"|"VALID"|"INVALID"
---@alias awsjobs.batch.ServiceEnvironmentType "SAGEMAKER_TRAINING"
---@alias awsjobs.batch.ServiceJobRetryAction "RETRY"|"EXIT"
---@alias awsjobs.batch.ServiceJobStatus "SUBMITTED"|"PENDING"|"RUNNABLE"|"SCHEDULED"|"STARTING"|"RUNNING"|"SUCCEEDED"|"FAILED"
---@alias awsjobs.batch.ServiceJobType "SAGEMAKER_TRAINING"
---@alias awsjobs.batch.ServiceResourceIdName "TrainingJobArn"
---@alias awsjobs.batch.UserdataType "EKS_BOOTSTRAP_SH"|"EKS_NODEADM"

---An object that represents an Batch array job.
---@class awsjobs.batch.ArrayProperties
---@field size? integer The size of the array job.

---An object that represents the array properties of a job.
---@class awsjobs.batch.ArrayPropertiesDetail
---@field statusSummary? table<string, integer> A summary of the number of array job children in each available job status.
---@field statusSummaryLastUpdatedAt? integer The Unix timestamp (in milliseconds) for when the statusSummary was last updated.
---@field size? integer The size of the array job.
---@field index? integer The job index within the array that's associated with this job.

---An object that represents the array properties of a job.
---@class awsjobs.batch.ArrayPropertiesSummary
---@field size? integer The size of the array job.
---@field index? integer The job index within the array that's associated with this job.
---@field statusSummary? table<string, integer> A summary of the number of array job children in each available job status.
---@field statusSummaryLastUpdatedAt? integer The Unix timestamp (in milliseconds) for when the statusSummary was last updated.

---An object that represents the details of a container that's part of a job attempt.
---@class awsjobs.batch.AttemptContainerDetail
---@field containerInstanceArn? string The Amazon Resource Name (ARN) of the Amazon ECS container instance that hosts the job attempt.
---@field taskArn? string The Amazon Resource Name (ARN) of the Amazon ECS task that's associated with the job attempt.
---@field exitCode? integer The exit code for the job attempt.
---@field reason? string A short (255 max characters) human-readable string to provide additional details for a running or stopped container.
---@field logStreamName? string The name of the CloudWatch Logs log stream that's associated with the container.
---@field networkInterfaces? awsjobs.batch.NetworkInterface[] The network interfaces that are associated with the job attempt.

---An object that represents a job attempt.
---@class awsjobs.batch.AttemptDetail
---@field container? awsjobs.batch.AttemptContainerDetail The details for the container in this job attempt.
---@field startedAt? integer The Unix timestamp (in milliseconds) for when the attempt was started (when the attempt transitioned from the STARTING state to the RUNNING state).
---@field stoppedAt? integer The Unix timestamp (in milliseconds) for when the attempt was stopped (when the attempt transitioned from the RUNNING state to a terminal state, such as...
---@field statusReason? string A short, human-readable string to provide additional details for the current status of the job attempt.
---@field taskProperties? awsjobs.batch.AttemptEcsTaskDetails[] The properties for a task definition that describes the container and volume definitions of an Amazon ECS task.

---An object that represents the details of a task.
---@class awsjobs.batch.AttemptEcsTaskDetails
---@field containerInstanceArn? string The Amazon Resource Name (ARN) of the container instance that hosts the task.
---@field taskArn? string The ARN of the Amazon ECS task.
---@field containers? awsjobs.batch.AttemptTaskContainerDetails[] A list of containers that are included in the taskProperties list.

---An object that represents the details of a container that's part of a job attempt.
---@class awsjobs.batch.AttemptTaskContainerDetails
---@field exitCode? integer The exit code for the container’s attempt.
---@field name? string The name of a container.
---@field reason? string A short (255 max characters) string that's easy to understand and provides additional details for a running or stopped container.
---@field logStreamName? string The name of the Amazon CloudWatch Logs log stream that's associated with the container.
---@field networkInterfaces? awsjobs.batch.NetworkInterface[] The network interfaces that are associated with the job attempt.

---Contains the parameters for CancelJob.
---@class awsjobs.batch.CancelJobRequest
---@field jobId string The Batch job ID of the job to cancel.
---@field reason string A message to attach to the job that explains the reason for canceling it.

---@class awsjobs.batch.CancelJobResponse

---Defines the type and maximum quantity of resources that can be allocated to service jobs in a service environment.
---@class awsjobs.batch.CapacityLimit
---@field maxCapacity? integer The maximum capacity available for the service environment.
---@field capacityUnit? string The unit of measure for the capacity limit, which defines how maxCapacity is interpreted.

---These errors are usually caused by a client action.
---(The members of `err.data` when `err.code` is ClientException.)
---@class awsjobs.batch.ClientException
---@field message? string

---An object that represents an Batch compute environment.
---@class awsjobs.batch.ComputeEnvironmentDetail
---@field computeEnvironmentName string The name of the compute environment.
---@field computeEnvironmentArn string The Amazon Resource Name (ARN) of the compute environment.
---@field unmanagedvCpus? integer The maximum number of VCPUs expected to be used for an unmanaged compute environment.
---@field ecsClusterArn? string The Amazon Resource Name (ARN) of the underlying Amazon ECS cluster that the compute environment uses.
---@field tags? table<string, string> The tags applied to the compute environment.
---@field type? awsjobs.batch.CEType The type of the compute environment: MANAGED or UNMANAGED.
---@field state? awsjobs.batch.CEState The state of the compute environment.
---@field status? awsjobs.batch.CEStatus The current status of the compute environment (for example, CREATING or VALID).
---@field statusReason? string A short, human-readable string to provide additional details for the current status of the compute environment.
---@field computeResources? awsjobs.batch.ComputeResource The compute resources defined for the compute environment.
---@field serviceRole? string The service role that's associated with the compute environment that allows Batch to make calls to Amazon Web Services API operations on your behalf.
---@field updatePolicy? awsjobs.batch.UpdatePolicy Specifies the infrastructure update policy for the compute environment.
---@field eksConfiguration? awsjobs.batch.EksConfiguration The configuration for the Amazon EKS cluster that supports the Batch compute environment.
---@field containerOrchestrationType? awsjobs.batch.OrchestrationType The orchestration type of the compute environment.
---@field uuid? string Unique identifier for the compute environment.
---@field context? string Reserved.

---The order that compute environments are tried in for job placement within a queue.
---@class awsjobs.batch.ComputeEnvironmentOrder
---@field order integer The order of the compute environment.
---@field computeEnvironment string The Amazon Resource Name (ARN) of the compute environment.

---An object that represents an Batch compute resource.
---@class awsjobs.batch.ComputeResource
---@field type awsjobs.batch.CRType The type of compute environment: EC2, SPOT, FARGATE, or FARGATE_SPOT.
---@field allocationStrategy? awsjobs.batch.CRAllocationStrategy The allocation strategy to use for the compute resource if not enough instances of the best fitting instance type can be allocated.
---@field minvCpus? integer The minimum number of vCPUs that a compute environment should maintain (even if the compute environment is DISABLED).
---@field maxvCpus integer The maximum number of vCPUs that a compute environment can support.
---@field desiredvCpus? integer The desired number of vCPUS in the compute environment.
---@field instanceTypes? string[] The instances types that can be launched.
---@field imageId? string The Amazon Machine Image (AMI) ID used for instances launched in the compute environment.
---@field subnets string[] The VPC subnets where the compute resources are launched.
---@field securityGroupIds? string[] The Amazon EC2 security groups that are associated with instances launched in the compute environment.
---@field ec2KeyPair? string The Amazon EC2 key pair that's used for instances launched in the compute environment.
---@field instanceRole? string The Amazon ECS instance profile applied to Amazon EC2 instances in a compute environment.
---@field tags? table<string, string> Key-value pair tags to be applied to Amazon EC2 resources that are launched in the compute environment.
---@field placementGroup? string The Amazon EC2 placement group to associate with your compute resources.
---@field bidPercentage? integer The maximum percentage that a Spot Instance price can be when compared with the On-Demand price for that instance type before instances are launched.
---@field spotIamFleetRole? string The Amazon Resource Name (ARN) of the Amazon EC2 Spot Fleet IAM role applied to a SPOT compute environment.
---@field launchTemplate? awsjobs.batch.LaunchTemplateSpecification The launch template to use for your compute resources.
---@field ec2Configuration? awsjobs.batch.Ec2Configuration[] Provides information that's used to select Amazon Machine Images (AMIs) for Amazon EC2 instances in the compute environment.
---@field scalingPolicy? awsjobs.batch.ComputeScalingPolicy The scaling policy configuration for the compute environment.

---An object that represents the attributes of a compute environment that can be updated.
---@class awsjobs.batch.ComputeResourceUpdate
---@field minvCpus? integer The minimum number of vCPUs that an environment should maintain (even if the compute environment is DISABLED).
---@field maxvCpus? integer The maximum number of Amazon EC2 vCPUs that an environment can reach.
---@field desiredvCpus? integer The desired number of vCPUS in the compute environment.
---@field subnets? string[] The VPC subnets where the compute resources are launched.
---@field securityGroupIds? string[] The Amazon EC2 security groups that are associated with instances launched in the compute environment.
---@field allocationStrategy? awsjobs.batch.CRUpdateAllocationStrategy The allocation strategy to use for the compute resource if there's not enough instances of the best fitting instance type that can be allocated.
---@field instanceTypes? string[] The instances types that can be launched.
---@field ec2KeyPair? string The Amazon EC2 key pair that's used for instances launched in the compute environment.
---@field instanceRole? string The Amazon ECS instance profile applied to Amazon EC2 instances in a compute environment.
---@field tags? table<string, string> Key-value pair tags to be applied to Amazon EC2 resources that are launched in the compute environment.
---@field placementGroup? string The Amazon EC2 placement group to associate with your compute resources.
---@field bidPercentage? integer The maximum percentage that a Spot Instance price can be when compared with the On-Demand price for that instance type before instances are launched.
---@field launchTemplate? awsjobs.batch.LaunchTemplateSpecification The updated launch template to use for your compute resources.
---@field ec2Configuration? awsjobs.batch.Ec2Configuration[] Provides information used to select Amazon Machine Images (AMIs) for Amazon EC2 instances in the compute environment.
---@field updateToLatestImageVersion? boolean Specifies whether the AMI ID is updated to the latest one that's supported by Batch when the compute environment has an infrastructure update.
---@field type? awsjobs.batch.CRType The type of compute environment: EC2, SPOT, FARGATE, or FARGATE_SPOT.
---@field imageId? string The Amazon Machine Image (AMI) ID used for instances launched in the compute environment.
---@field scalingPolicy? awsjobs.batch.ComputeScalingPolicy The scaling policy configuration for the compute environment.

---An object that represents a scaling policy for a compute environment.
---@class awsjobs.batch.ComputeScalingPolicy
---@field minScaleDownDelayMinutes? integer The minimum time (in minutes) that Batch keeps instances running in the compute environment after their jobs complete.

---Contains a list of consumable resources required by a job.
---@class awsjobs.batch.ConsumableResourceProperties
---@field consumableResourceList? awsjobs.batch.ConsumableResourceRequirement[] The list of consumable resources required by a job.

---Information about a consumable resource required to run a job.
---@class awsjobs.batch.ConsumableResourceRequirement
---@field consumableResource? string The name or ARN of the consumable resource.
---@field quantity? integer The quantity of the consumable resource that is needed.

---Current information about a consumable resource.
---@class awsjobs.batch.ConsumableResourceSummary
---@field consumableResourceArn string The Amazon Resource Name (ARN) of the consumable resource.
---@field consumableResourceName string The name of the consumable resource.
---@field totalQuantity? integer The total amount of the consumable resource that is available.
---@field inUseQuantity? integer The amount of the consumable resource that is currently in use.
---@field resourceType? string Indicates whether the resource is available to be re-used after a job completes.

---An object that represents the details of a container that's part of a job.
---@class awsjobs.batch.ContainerDetail
---@field image? string The image used to start the container.
---@field vcpus? integer The number of vCPUs reserved for the container.
---@field memory? integer For jobs running on Amazon EC2 resources that didn't specify memory requirements using resourceRequirements, the number of MiB of memory reserved for the job.
---@field command? string[] The command that's passed to the container.
---@field jobRoleArn? string The Amazon Resource Name (ARN) that's associated with the job when run.
---@field executionRoleArn? string The Amazon Resource Name (ARN) of the execution role that Batch can assume.
---@field volumes? awsjobs.batch.Volume[] A list of volumes that are associated with the job.
---@field environment? awsjobs.batch.KeyValuePair[] The environment variables to pass to a container.
---@field mountPoints? awsjobs.batch.MountPoint[] The mount points for data volumes in your container.
---@field readonlyRootFilesystem? boolean When this parameter is true, the container is given read-only access to its root file system.
---@field ulimits? awsjobs.batch.Ulimit[] A list of ulimit values to set in the container.
---@field privileged? boolean When this parameter is true, the container is given elevated permissions on the host container instance (similar to the root user).
---@field user? string The user name to use inside the container.
---@field exitCode? integer The exit code returned upon completion.
---@field reason? string A short (255 max characters) human-readable string to provide additional details for a running or stopped container.
---@field containerInstanceArn? string The Amazon Resource Name (ARN) of the container instance that the container is running on.
---@field taskArn? string The Amazon Resource Name (ARN) of the Amazon ECS task that's associated with the container job.
---@field logStreamName? string The name of the Amazon CloudWatch Logs log stream that's associated with the container.
---@field instanceType? string The instance type of the underlying host infrastructure of a multi-node parallel job.
---@field networkInterfaces? awsjobs.batch.NetworkInterface[] The network interfaces that are associated with the job.
---@field resourceRequirements? awsjobs.batch.ResourceRequirement[] The type and amount of resources to assign to a container.
---@field linuxParameters? awsjobs.batch.LinuxParameters Linux-specific modifications that are applied to the container, such as details for device mappings.
---@field logConfiguration? awsjobs.batch.LogConfiguration The log configuration specification for the container.
---@field secrets? awsjobs.batch.Secret[] The secrets to pass to the container.
---@field networkConfiguration? awsjobs.batch.NetworkConfiguration The network configuration for jobs that are running on Fargate resources.
---@field fargatePlatformConfiguration? awsjobs.batch.FargatePlatformConfiguration The platform configuration for jobs that are running on Fargate resources.
---@field ephemeralStorage? awsjobs.batch.EphemeralStorage The amount of ephemeral storage allocated for the task.
---@field runtimePlatform? awsjobs.batch.RuntimePlatform An object that represents the compute environment architecture for Batch jobs on Fargate.
---@field repositoryCredentials? awsjobs.batch.RepositoryCredentials The private repository authentication credentials to use.
---@field enableExecuteCommand? boolean Determines whether execute command functionality is turned on for this task.

---The overrides that should be sent to a container.
---@class awsjobs.batch.ContainerOverrides
---@field vcpus? integer This parameter is deprecated, use resourceRequirements to override the vcpus parameter that's set in the job definition.
---@field memory? integer This parameter is deprecated, use resourceRequirements to override the memory requirements specified in the job definition.
---@field command? string[] The command to send to the container that overrides the default command from the Docker image or the job definition.
---@field instanceType? string The instance type to use for a multi-node parallel job.
---@field environment? awsjobs.batch.KeyValuePair[] The environment variables to send to the container.
---@field resourceRequirements? awsjobs.batch.ResourceRequirement[] The type and amount of resources to assign to a container.

---Container properties are used for Amazon ECS based job definitions.
---@class awsjobs.batch.ContainerProperties
---@field image? string Required.
---@field vcpus? integer This parameter is deprecated, use resourceRequirements to specify the vCPU requirements for the job definition.
---@field memory? integer This parameter is deprecated, use resourceRequirements to specify the memory requirements for the job definition.
---@field command? string[] The command that's passed to the container.
---@field jobRoleArn? string The Amazon Resource Name (ARN) of the IAM role that the container can assume for Amazon Web Services permissions.
---@field executionRoleArn? string The Amazon Resource Name (ARN) of the execution role that Batch can assume.
---@field volumes? awsjobs.batch.Volume[] A list of data volumes used in a job.
---@field environment? awsjobs.batch.KeyValuePair[] The environment variables to pass to a container.
---@field mountPoints? awsjobs.batch.MountPoint[] The mount points for data volumes in your container.
---@field readonlyRootFilesystem? boolean When this parameter is true, the container is given read-only access to its root file system.
---@field privileged? boolean When this parameter is true, the container is given elevated permissions on the host container instance (similar to the root user).
---@field ulimits? awsjobs.batch.Ulimit[] A list of ulimits to set in the container.
---@field user? string The user name to use inside the container.
---@field instanceType? string The instance type to use for a multi-node parallel job.
---@field resourceRequirements? awsjobs.batch.ResourceRequirement[] The type and amount of resources to assign to a container.
---@field linuxParameters? awsjobs.batch.LinuxParameters Linux-specific modifications that are applied to the container, such as details for device mappings.
---@field logConfiguration? awsjobs.batch.LogConfiguration The log configuration specification for the container.
---@field secrets? awsjobs.batch.Secret[] The secrets for the container.
---@field networkConfiguration? awsjobs.batch.NetworkConfiguration The network configuration for jobs that are running on Fargate resources.
---@field fargatePlatformConfiguration? awsjobs.batch.FargatePlatformConfiguration The platform configuration for jobs that are running on Fargate resources.
---@field enableExecuteCommand? boolean Determines whether execute command functionality is turned on for this task.
---@field ephemeralStorage? awsjobs.batch.EphemeralStorage The amount of ephemeral storage to allocate for the task.
---@field runtimePlatform? awsjobs.batch.RuntimePlatform An object that represents the compute environment architecture for Batch jobs on Fargate.
---@field repositoryCredentials? awsjobs.batch.RepositoryCredentials The private repository authentication credentials to use.

---An object that represents summary details of a container within a job.
---@class awsjobs.batch.ContainerSummary
---@field exitCode? integer The exit code to return upon completion.
---@field reason? string A short (255 max characters) human-readable string to provide additional details for a running or stopped container.

---Contains the parameters for CreateComputeEnvironment.
---@class awsjobs.batch.CreateComputeEnvironmentRequest
---@field computeEnvironmentName string The name for your compute environment.
---@field type awsjobs.batch.CEType The type of the compute environment: MANAGED or UNMANAGED.
---@field state? awsjobs.batch.CEState The state of the compute environment.
---@field unmanagedvCpus? integer The maximum number of vCPUs for an unmanaged compute environment.
---@field computeResources? awsjobs.batch.ComputeResource Details about the compute resources managed by the compute environment.
---@field serviceRole? string The full Amazon Resource Name (ARN) of the IAM role that allows Batch to make calls to other Amazon Web Services services on your behalf.
---@field tags? table<string, string> The tags that you apply to the compute environment to help you categorize and organize your resources.
---@field eksConfiguration? awsjobs.batch.EksConfiguration The details for the Amazon EKS cluster that supports the compute environment.
---@field context? string Reserved.

---@class awsjobs.batch.CreateComputeEnvironmentResponse
---@field computeEnvironmentName? string The name of the compute environment.
---@field computeEnvironmentArn? string The Amazon Resource Name (ARN) of the compute environment.

---@class awsjobs.batch.CreateConsumableResourceRequest
---@field consumableResourceName string The name of the consumable resource.
---@field totalQuantity? integer The total amount of the consumable resource that is available.
---@field resourceType? string Indicates whether the resource is available to be re-used after a job completes.
---@field tags? table<string, string> The tags that you apply to the consumable resource to help you categorize and organize your resources.

---@class awsjobs.batch.CreateConsumableResourceResponse
---@field consumableResourceName string The name of the consumable resource.
---@field consumableResourceArn string The Amazon Resource Name (ARN) of the consumable resource.

---Contains the parameters for CreateJobQueue.
---@class awsjobs.batch.CreateJobQueueRequest
---@field jobQueueName string The name of the job queue.
---@field state? awsjobs.batch.JQState The state of the job queue.
---@field schedulingPolicyArn? string The Amazon Resource Name (ARN) of the fair-share scheduling policy.
---@field priority integer The priority of the job queue.
---@field computeEnvironmentOrder? awsjobs.batch.ComputeEnvironmentOrder[] The set of compute environments mapped to a job queue and their order relative to each other.
---@field serviceEnvironmentOrder? awsjobs.batch.ServiceEnvironmentOrder[] A list of service environments that this job queue can use to allocate jobs.
---@field jobQueueType? awsjobs.batch.JobQueueType The type of job queue.
---@field tags? table<string, string> The tags that you apply to the job queue to help you categorize and organize your resources.
---@field jobStateTimeLimitActions? awsjobs.batch.JobStateTimeLimitAction[] The set of actions that Batch performs on jobs that remain at the head of the job queue in the specified state longer than specified times.

---@class awsjobs.batch.CreateJobQueueResponse
---@field jobQueueName string The name of the job queue.
---@field jobQueueArn string The Amazon Resource Name (ARN) of the job queue.

---@class awsjobs.batch.CreateQuotaShareRequest
---@field quotaShareName string The name of the quota share.
---@field jobQueue string The Batch job queue associated with the quota share.
---@field capacityLimits awsjobs.batch.QuotaShareCapacityLimit[] A list that specifies the quantity and type of compute capacity allocated to the quota share.
---@field resourceSharingConfiguration awsjobs.batch.QuotaShareResourceSharingConfiguration Specifies whether a quota share reserves, lends, or both lends and borrows idle compute capacity.
---@field preemptionConfiguration awsjobs.batch.QuotaSharePreemptionConfiguration Specifies the preemption behavior for jobs in a quota share.
---@field state? awsjobs.batch.QuotaShareState The state of the quota share.
---@field tags? table<string, string> The tags that you apply to the quota share to help you categorize and organize your resources.

---@class awsjobs.batch.CreateQuotaShareResponse
---@field quotaShareName? string The name of the quota share.
---@field quotaShareArn? string The Amazon Resource Name (ARN) of the quota share.

---Contains the parameters for CreateSchedulingPolicy.
---@class awsjobs.batch.CreateSchedulingPolicyRequest
---@field name string The name of the fair-share scheduling policy.
---@field quotaSharePolicy? awsjobs.batch.QuotaSharePolicy The quota share scheduling policy details.
---@field fairsharePolicy? awsjobs.batch.FairsharePolicy The fair-share scheduling policy details.
---@field tags? table<string, string> The tags that you apply to the scheduling policy to help you categorize and organize your resources.

---@class awsjobs.batch.CreateSchedulingPolicyResponse
---@field name string The name of the scheduling policy.
---@field arn string The Amazon Resource Name (ARN) of the scheduling policy.

---@class awsjobs.batch.CreateServiceEnvironmentRequest
---@field serviceEnvironmentName string The name for the service environment.
---@field serviceEnvironmentType awsjobs.batch.ServiceEnvironmentType The type of service environment.
---@field state? awsjobs.batch.ServiceEnvironmentState The state of the service environment.
---@field capacityLimits awsjobs.batch.CapacityLimit[] The capacity limits for the service environment.
---@field tags? table<string, string> The tags that you apply to the service environment to help you categorize and organize your resources.

---@class awsjobs.batch.CreateServiceEnvironmentResponse
---@field serviceEnvironmentName string The name of the service environment.
---@field serviceEnvironmentArn string The Amazon Resource Name (ARN) of the service environment.

---Contains the parameters for DeleteComputeEnvironment.
---@class awsjobs.batch.DeleteComputeEnvironmentRequest
---@field computeEnvironment string The name or Amazon Resource Name (ARN) of the compute environment to delete.

---@class awsjobs.batch.DeleteComputeEnvironmentResponse

---@class awsjobs.batch.DeleteConsumableResourceRequest
---@field consumableResource string The name or ARN of the consumable resource that will be deleted.

---@class awsjobs.batch.DeleteConsumableResourceResponse

---Contains the parameters for DeleteJobQueue.
---@class awsjobs.batch.DeleteJobQueueRequest
---@field jobQueue string The short name or full Amazon Resource Name (ARN) of the queue to delete.

---@class awsjobs.batch.DeleteJobQueueResponse

---@class awsjobs.batch.DeleteQuotaShareRequest
---@field quotaShareArn string The Amazon Resource Name (ARN) of the quota share.

---@class awsjobs.batch.DeleteQuotaShareResponse

---Contains the parameters for DeleteSchedulingPolicy.
---@class awsjobs.batch.DeleteSchedulingPolicyRequest
---@field arn string The Amazon Resource Name (ARN) of the scheduling policy to delete.

---@class awsjobs.batch.DeleteSchedulingPolicyResponse

---@class awsjobs.batch.DeleteServiceEnvironmentRequest
---@field serviceEnvironment string The name or ARN of the service environment to delete.

---@class awsjobs.batch.DeleteServiceEnvironmentResponse

---@class awsjobs.batch.DeregisterJobDefinitionRequest
---@field jobDefinition string The name and revision (name:revision) or full Amazon Resource Name (ARN) of the job definition to deregister.

---@class awsjobs.batch.DeregisterJobDefinitionResponse

---Contains the parameters for DescribeComputeEnvironments.
---@class awsjobs.batch.DescribeComputeEnvironmentsRequest
---@field computeEnvironments? string[] A list of up to 100 compute environment names or full Amazon Resource Name (ARN) entries.
---@field maxResults? integer The maximum number of cluster results returned by DescribeComputeEnvironments in paginated output.
---@field nextToken? string The nextToken value returned from a previous paginated DescribeComputeEnvironments request where maxResults was used and the results exceeded the value of...

---@class awsjobs.batch.DescribeComputeEnvironmentsResponse
---@field computeEnvironments? awsjobs.batch.ComputeEnvironmentDetail[] The list of compute environments.
---@field nextToken? string The nextToken value to include in a future DescribeComputeEnvironments request.

---@class awsjobs.batch.DescribeConsumableResourceRequest
---@field consumableResource string The name or ARN of the consumable resource whose description will be returned.

---@class awsjobs.batch.DescribeConsumableResourceResponse
---@field consumableResourceName string The name of the consumable resource.
---@field consumableResourceArn string The Amazon Resource Name (ARN) of the consumable resource.
---@field totalQuantity? integer The total amount of the consumable resource that is available.
---@field inUseQuantity? integer The amount of the consumable resource that is currently in use.
---@field availableQuantity? integer The amount of the consumable resource that is currently available to use.
---@field resourceType? string Indicates whether the resource is available to be re-used after a job completes.
---@field createdAt? integer The Unix timestamp (in milliseconds) for when the consumable resource was created.
---@field tags? table<string, string> The tags that you apply to the consumable resource to help you categorize and organize your resources.

---Contains the parameters for DescribeJobDefinitions.
---@class awsjobs.batch.DescribeJobDefinitionsRequest
---@field jobDefinitions? string[] A list of up to 100 job definitions.
---@field maxResults? integer The maximum number of results returned by DescribeJobDefinitions in paginated output.
---@field jobDefinitionName? string The name of the job definition to describe.
---@field status? string The status used to filter job definitions.
---@field nextToken? string The nextToken value returned from a previous paginated DescribeJobDefinitions request where maxResults was used and the results exceeded the value of that...

---@class awsjobs.batch.DescribeJobDefinitionsResponse
---@field jobDefinitions? awsjobs.batch.JobDefinition[] The list of job definitions.
---@field nextToken? string The nextToken value to include in a future DescribeJobDefinitions request.

---Contains the parameters for DescribeJobQueues.
---@class awsjobs.batch.DescribeJobQueuesRequest
---@field jobQueues? string[] A list of up to 100 queue names or full queue Amazon Resource Name (ARN) entries.
---@field maxResults? integer The maximum number of results returned by DescribeJobQueues in paginated output.
---@field nextToken? string The nextToken value returned from a previous paginated DescribeJobQueues request where maxResults was used and the results exceeded the value of that parameter.

---@class awsjobs.batch.DescribeJobQueuesResponse
---@field jobQueues? awsjobs.batch.JobQueueDetail[] The list of job queues.
---@field nextToken? string The nextToken value to include in a future DescribeJobQueues request.

---Contains the parameters for DescribeJobs.
---@class awsjobs.batch.DescribeJobsRequest
---@field jobs string[] A list of up to 100 job IDs.

---@class awsjobs.batch.DescribeJobsResponse
---@field jobs? awsjobs.batch.JobDetail[] The list of jobs.

---@class awsjobs.batch.DescribeQuotaShareRequest
---@field quotaShareArn string The Amazon Resource Name (ARN) of the quota share.

---@class awsjobs.batch.DescribeQuotaShareResponse
---@field quotaShareName? string The name of the quota share.
---@field quotaShareArn? string The Amazon Resource Name (ARN) of the quota share.
---@field jobQueueArn? string The ARN of the job queue associated with the quota share.
---@field capacityLimits? awsjobs.batch.QuotaShareCapacityLimit[] A list that specifies the quantity and type of compute capacity allocated to the quota share.
---@field resourceSharingConfiguration? awsjobs.batch.QuotaShareResourceSharingConfiguration Specifies whether a quota share reserves, lends, or both lends and borrows idle compute capacity.
---@field preemptionConfiguration? awsjobs.batch.QuotaSharePreemptionConfiguration Specifies the preemption behavior for jobs in a quota share.
---@field state? awsjobs.batch.QuotaShareState The state of the quota share.
---@field status? awsjobs.batch.QuotaShareStatus The current status of the quota share.
---@field tags? table<string, string> The tags applied to the quota share.

---Contains the parameters for DescribeSchedulingPolicies.
---@class awsjobs.batch.DescribeSchedulingPoliciesRequest
---@field arns string[] A list of up to 100 scheduling policy Amazon Resource Name (ARN) entries.

---@class awsjobs.batch.DescribeSchedulingPoliciesResponse
---@field schedulingPolicies? awsjobs.batch.SchedulingPolicyDetail[] The list of scheduling policies.

---@class awsjobs.batch.DescribeServiceEnvironmentsRequest
---@field serviceEnvironments? string[] An array of service environment names or ARN entries.
---@field maxResults? integer The maximum number of results returned by DescribeServiceEnvironments in paginated output.
---@field nextToken? string The nextToken value returned from a previous paginated DescribeServiceEnvironments request where maxResults was used and the results exceeded the value of...

---@class awsjobs.batch.DescribeServiceEnvironmentsResponse
---@field serviceEnvironments? awsjobs.batch.ServiceEnvironmentDetail[] The list of service environments that match the request.
---@field nextToken? string The nextToken value to include in a future DescribeServiceEnvironments request.

---@class awsjobs.batch.DescribeServiceJobRequest
---@field jobId string The job ID for the service job to describe.

---@class awsjobs.batch.DescribeServiceJobResponse
---@field attempts? awsjobs.batch.ServiceJobAttemptDetail[] A list of job attempts associated with the service job.
---@field capacityUsage? awsjobs.batch.ServiceJobCapacityUsageDetail[] The configured capacity for the service job, such as the number of instances.
---@field createdAt? integer The Unix timestamp (in milliseconds) for when the service job was created.
---@field isTerminated? boolean Indicates whether the service job has been terminated.
---@field jobArn? string The Amazon Resource Name (ARN) of the service job.
---@field jobId string The job ID for the service job.
---@field jobName string The name of the service job.
---@field jobQueue string The ARN of the job queue that the service job is associated with.
---@field latestAttempt? awsjobs.batch.LatestServiceJobAttempt The latest attempt associated with the service job.
---@field retryStrategy? awsjobs.batch.ServiceJobRetryStrategy The retry strategy to use for failed service jobs that are submitted with this service job.
---@field scheduledAt? integer The Unix timestamp (in milliseconds) for when the service job was scheduled.
---@field schedulingPriority? integer The scheduling priority of the service job.
---@field serviceRequestPayload? string The request, in JSON, for the service that the SubmitServiceJob operation is queueing.
---@field serviceJobType awsjobs.batch.ServiceJobType The type of service job.
---@field shareIdentifier? string The share identifier for the service job.
---@field quotaShareName? string The name of the quota share that the service job is associated with.
---@field preemptionConfiguration? awsjobs.batch.ServiceJobPreemptionConfiguration Specifies the service job behavior when preempted.
---@field preemptionSummary? awsjobs.batch.ServiceJobPreemptionSummary Summarizes the preemptions of the service job.
---@field startedAt integer The Unix timestamp (in milliseconds) for when the service job was started.
---@field status awsjobs.batch.ServiceJobStatus The current status of the service job.
---@field statusReason? string A short, human-readable string to provide more details for the current status of the service job.
---@field stoppedAt? integer The Unix timestamp (in milliseconds) for when the service job stopped running.
---@field tags? table<string, string> The tags that are associated with the service job.
---@field timeoutConfig? awsjobs.batch.ServiceJobTimeout The timeout configuration for the service job.

---An object that represents a container instance host device.
---@class awsjobs.batch.Device
---@field hostPath string The path for the device on the host container instance.
---@field containerPath? string The path inside the container that's used to expose the host device.
---@field permissions? awsjobs.batch.DeviceCgroupPermission[] The explicit permissions to provide to the container for the device.

---The authorization configuration details for the Amazon EFS file system.
---@class awsjobs.batch.EFSAuthorizationConfig
---@field accessPointId? string The Amazon EFS access point ID to use.
---@field iam? awsjobs.batch.EFSAuthorizationConfigIAM Whether or not to use the Batch job IAM role defined in a job definition when mounting the Amazon EFS file system.

---This is used when you're using an Amazon Elastic File System file system for job storage.
---@class awsjobs.batch.EFSVolumeConfiguration
---@field fileSystemId string The Amazon EFS file system ID to use.
---@field rootDirectory? string The directory within the Amazon EFS file system to mount as the root directory inside the host.
---@field transitEncryption? awsjobs.batch.EFSTransitEncryption Determines whether to enable encryption for Amazon EFS data in transit between the Amazon ECS host and the Amazon EFS server.
---@field transitEncryptionPort? integer The port to use when sending encrypted data between the Amazon ECS host and the Amazon EFS server.
---@field authorizationConfig? awsjobs.batch.EFSAuthorizationConfig The authorization configuration details for the Amazon EFS file system.

---Provides information used to select Amazon Machine Images (AMIs) for instances in the compute environment.
---@class awsjobs.batch.Ec2Configuration
---@field imageType string The image type to match with the instance type to select an AMI.
---@field imageIdOverride? string The AMI ID used for instances launched in the compute environment that match the image type.
---@field batchImageStatus? string The status of the Batch-provided default AMIs associated with the imageType.
---@field imageKubernetesVersion? string The Kubernetes version for the compute environment.

---An object that contains the properties for the Amazon ECS resources of a job.
---@class awsjobs.batch.EcsProperties
---@field taskProperties awsjobs.batch.EcsTaskProperties[] An object that contains the properties for the Amazon ECS task definition of a job.

---An object that contains the details for the Amazon ECS resources of a job.
---@class awsjobs.batch.EcsPropertiesDetail
---@field taskProperties? awsjobs.batch.EcsTaskDetails[] The properties for the Amazon ECS task definition of a job.

---An object that contains overrides for the Amazon ECS task definition of a job.
---@class awsjobs.batch.EcsPropertiesOverride
---@field taskProperties? awsjobs.batch.TaskPropertiesOverride[] The overrides for the Amazon ECS task definition of a job.

---The details of a task definition that describes the container and volume definitions of an Amazon ECS task.
---@class awsjobs.batch.EcsTaskDetails
---@field containers? awsjobs.batch.TaskContainerDetails[] A list of containers that are included in the taskProperties list.
---@field containerInstanceArn? string The Amazon Resource Name (ARN) of the container instance that hosts the task.
---@field taskArn? string The ARN of the Amazon ECS task.
---@field ephemeralStorage? awsjobs.batch.EphemeralStorage The amount of ephemeral storage allocated for the task.
---@field executionRoleArn? string The Amazon Resource Name (ARN) of the execution role that Batch can assume.
---@field platformVersion? string The Fargate platform version where the jobs are running.
---@field ipcMode? string The IPC resource namespace to use for the containers in the task.
---@field taskRoleArn? string The Amazon Resource Name (ARN) of the IAM role that the container can assume for Amazon Web Services permissions.
---@field pidMode? string The process namespace to use for the containers in the task.
---@field networkConfiguration? awsjobs.batch.NetworkConfiguration The network configuration for jobs that are running on Fargate resources.
---@field runtimePlatform? awsjobs.batch.RuntimePlatform An object that represents the compute environment architecture for Batch jobs on Fargate.
---@field volumes? awsjobs.batch.Volume[] A list of data volumes used in a job.
---@field enableExecuteCommand? boolean Determines whether execute command functionality is turned on for this task.

---The properties for a task definition that describes the container and volume definitions of an Amazon ECS task.
---@class awsjobs.batch.EcsTaskProperties
---@field containers awsjobs.batch.TaskContainerProperties[] This object is a list of containers.
---@field ephemeralStorage? awsjobs.batch.EphemeralStorage The amount of ephemeral storage to allocate for the task.
---@field executionRoleArn? string The Amazon Resource Name (ARN) of the execution role that Batch can assume.
---@field platformVersion? string The Fargate platform version where the jobs are running.
---@field ipcMode? string The IPC resource namespace to use for the containers in the task.
---@field taskRoleArn? string The Amazon Resource Name (ARN) that's associated with the Amazon ECS task.
---@field pidMode? string The process namespace to use for the containers in the task.
---@field networkConfiguration? awsjobs.batch.NetworkConfiguration The network configuration for jobs that are running on Fargate resources.
---@field runtimePlatform? awsjobs.batch.RuntimePlatform An object that represents the compute environment architecture for Batch jobs on Fargate.
---@field volumes? awsjobs.batch.Volume[] A list of volumes that are associated with the job.
---@field enableExecuteCommand? boolean Determines whether execute command functionality is turned on for this task.

---An object that represents the details for an attempt for a job attempt that an Amazon EKS container runs.
---@class awsjobs.batch.EksAttemptContainerDetail
---@field name? string The name of a container.
---@field containerID? string The ID for the container.
---@field exitCode? integer The exit code returned for the job attempt.
---@field reason? string A short (255 max characters) human-readable string to provide additional details for a running or stopped container.

---An object that represents the details of a job attempt for a job attempt by an Amazon EKS container.
---@class awsjobs.batch.EksAttemptDetail
---@field containers? awsjobs.batch.EksAttemptContainerDetail[] The details for the final status of the containers for this job attempt.
---@field initContainers? awsjobs.batch.EksAttemptContainerDetail[] The details for the init containers.
---@field eksClusterArn? string The Amazon Resource Name (ARN) of the Amazon EKS cluster.
---@field podName? string The name of the pod for this job attempt.
---@field podNamespace? string The namespace of the Amazon EKS cluster that the pod exists in.
---@field nodeName? string The name of the node for this job attempt.
---@field startedAt? integer The Unix timestamp (in milliseconds) for when the attempt was started (when the attempt transitioned from the STARTING state to the RUNNING state).
---@field stoppedAt? integer The Unix timestamp (in milliseconds) for when the attempt was stopped.
---@field statusReason? string A short, human-readable string to provide additional details for the current status of the job attempt.

---Configuration for the Amazon EKS cluster that supports the Batch compute environment.
---@class awsjobs.batch.EksConfiguration
---@field eksClusterArn string The Amazon Resource Name (ARN) of the Amazon EKS cluster.
---@field kubernetesNamespace string The namespace of the Amazon EKS cluster.

---EKS container properties are used in job definitions for Amazon EKS based job definitions to describe the properties for a container node in the pod that's launched as part of a job.
---@class awsjobs.batch.EksContainer
---@field name? string The name of the container.
---@field image string The Docker image used to start the container.
---@field imagePullPolicy? string The image pull policy for the container.
---@field command? string[] The entrypoint for the container.
---@field args? string[] An array of arguments to the entrypoint.
---@field env? awsjobs.batch.EksContainerEnvironmentVariable[] The environment variables to pass to a container.
---@field resources? awsjobs.batch.EksContainerResourceRequirements The type and amount of resources to assign to a container.
---@field volumeMounts? awsjobs.batch.EksContainerVolumeMount[] The volume mounts for the container.
---@field securityContext? awsjobs.batch.EksContainerSecurityContext The security context for a job.

---The details for container properties that are returned by DescribeJobs for jobs that use Amazon EKS.
---@class awsjobs.batch.EksContainerDetail
---@field name? string The name of the container.
---@field image? string The Docker image used to start the container.
---@field imagePullPolicy? string The image pull policy for the container.
---@field command? string[] The entrypoint for the container.
---@field args? string[] An array of arguments to the entrypoint.
---@field env? awsjobs.batch.EksContainerEnvironmentVariable[] The environment variables to pass to a container.
---@field resources? awsjobs.batch.EksContainerResourceRequirements The type and amount of resources to assign to a container.
---@field exitCode? integer The exit code returned for the job attempt.
---@field reason? string A short human-readable string to provide additional details for a running or stopped container.
---@field volumeMounts? awsjobs.batch.EksContainerVolumeMount[] The volume mounts for the container.
---@field securityContext? awsjobs.batch.EksContainerSecurityContext The security context for a job.

---An environment variable.
---@class awsjobs.batch.EksContainerEnvironmentVariable
---@field name string The name of the environment variable.
---@field value? string The value of the environment variable.

---Object representing any Kubernetes overrides to a job definition that's used in a SubmitJob API operation.
---@class awsjobs.batch.EksContainerOverride
---@field name? string A pointer to the container that you want to override.
---@field image? string The override of the Docker image that's used to start the container.
---@field command? string[] The command to send to the container that overrides the default command from the Docker image or the job definition.
---@field args? string[] The arguments to the entrypoint to send to the container that overrides the default arguments from the Docker image or the job definition.
---@field env? awsjobs.batch.EksContainerEnvironmentVariable[] The environment variables to send to the container.
---@field resources? awsjobs.batch.EksContainerResourceRequirements The type and amount of resources to assign to a container.

---The type and amount of resources to assign to a container.
---@class awsjobs.batch.EksContainerResourceRequirements
---@field limits? table<string, string> The type and quantity of the resources to reserve for the container.
---@field requests? table<string, string> The type and quantity of the resources to request for the container.

---The security context for a job.
---@class awsjobs.batch.EksContainerSecurityContext
---@field runAsUser? integer When this parameter is specified, the container is run as the specified user ID (uid).
---@field runAsGroup? integer When this parameter is specified, the container is run as the specified group ID (gid).
---@field privileged? boolean When this parameter is true, the container is given elevated permissions on the host container instance.
---@field allowPrivilegeEscalation? boolean Whether or not a container or a Kubernetes pod is allowed to gain more privileges than its parent process.
---@field readOnlyRootFilesystem? boolean When this parameter is true, the container is given read-only access to its root file system.
---@field runAsNonRoot? boolean When this parameter is specified, the container is run as a user with a uid other than 0.

---The volume mounts for a container for an Amazon EKS job.
---@class awsjobs.batch.EksContainerVolumeMount
---@field name? string The name the volume mount.
---@field mountPath? string The path on the container where the volume is mounted.
---@field subPath? string A sub-path inside the referenced volume instead of its root.
---@field readOnly? boolean If this value is true, the container has read-only access to the volume.

---Specifies the configuration of a Kubernetes emptyDir volume.
---@class awsjobs.batch.EksEmptyDir
---@field medium? string The medium to store the volume.
---@field sizeLimit? string The maximum size of the volume.

---Specifies the configuration of a Kubernetes hostPath volume.
---@class awsjobs.batch.EksHostPath
---@field path? string The path of the file or directory on the host to mount into containers on the pod.

---Describes and uniquely identifies Kubernetes resources.
---@class awsjobs.batch.EksMetadata
---@field labels? table<string, string> Key-value pairs used to identify, sort, and organize cube resources.
---@field annotations? table<string, string> Key-value pairs used to attach arbitrary, non-identifying metadata to Kubernetes objects.
---@field namespace? string The namespace of the Amazon EKS cluster.

---A persistentVolumeClaim volume is used to mount a PersistentVolume into a Pod.
---@class awsjobs.batch.EksPersistentVolumeClaim
---@field claimName string The name of the persistentVolumeClaim bounded to a persistentVolume.
---@field readOnly? boolean An optional boolean value indicating if the mount is read only.

---The properties for the pod.
---@class awsjobs.batch.EksPodProperties
---@field serviceAccountName? string The name of the service account that's used to run the pod.
---@field hostNetwork? boolean Indicates if the pod uses the hosts' network IP address.
---@field dnsPolicy? string The DNS policy for the pod.
---@field imagePullSecrets? awsjobs.batch.ImagePullSecret[] References a Kubernetes secret resource.
---@field containers? awsjobs.batch.EksContainer[] The properties of the container that's used on the Amazon EKS pod.
---@field initContainers? awsjobs.batch.EksContainer[] These containers run before application containers, always runs to completion, and must complete successfully before the next container starts.
---@field volumes? awsjobs.batch.EksVolume[] Specifies the volumes for a job definition that uses Amazon EKS resources.
---@field metadata? awsjobs.batch.EksMetadata Metadata about the Kubernetes pod.
---@field shareProcessNamespace? boolean Indicates if the processes in a container are shared, or visible, to other containers in the same pod.

---The details for the pod.
---@class awsjobs.batch.EksPodPropertiesDetail
---@field serviceAccountName? string The name of the service account that's used to run the pod.
---@field hostNetwork? boolean Indicates if the pod uses the hosts' network IP address.
---@field dnsPolicy? string The DNS policy for the pod.
---@field imagePullSecrets? awsjobs.batch.ImagePullSecret[] Displays the reference pointer to the Kubernetes secret resource.
---@field containers? awsjobs.batch.EksContainerDetail[] The properties of the container that's used on the Amazon EKS pod.
---@field initContainers? awsjobs.batch.EksContainerDetail[] The container registered with the Amazon EKS Connector agent and persists the registration information in the Kubernetes backend data store.
---@field volumes? awsjobs.batch.EksVolume[] Specifies the volumes for a job definition using Amazon EKS resources.
---@field podName? string The name of the pod for this job.
---@field nodeName? string The name of the node for this job.
---@field metadata? awsjobs.batch.EksMetadata Describes and uniquely identifies Kubernetes resources.
---@field shareProcessNamespace? boolean Indicates if the processes in a container are shared, or visible, to other containers in the same pod.

---An object that contains overrides for the Kubernetes pod properties of a job.
---@class awsjobs.batch.EksPodPropertiesOverride
---@field containers? awsjobs.batch.EksContainerOverride[] The overrides for the container that's used on the Amazon EKS pod.
---@field initContainers? awsjobs.batch.EksContainerOverride[] The overrides for the initContainers defined in the Amazon EKS pod.
---@field metadata? awsjobs.batch.EksMetadata Metadata about the overrides for the container that's used on the Amazon EKS pod.

---An object that contains the properties for the Kubernetes resources of a job.
---@class awsjobs.batch.EksProperties
---@field podProperties? awsjobs.batch.EksPodProperties The properties for the Kubernetes pod resources of a job.

---An object that contains the details for the Kubernetes resources of a job.
---@class awsjobs.batch.EksPropertiesDetail
---@field podProperties? awsjobs.batch.EksPodPropertiesDetail The properties for the Kubernetes pod resources of a job.

---An object that contains overrides for the Kubernetes resources of a job.
---@class awsjobs.batch.EksPropertiesOverride
---@field podProperties? awsjobs.batch.EksPodPropertiesOverride The overrides for the Kubernetes pod resources of a job.

---Specifies the configuration of a Kubernetes secret volume.
---@class awsjobs.batch.EksSecret
---@field secretName string The name of the secret.
---@field optional? boolean Specifies whether the secret or the secret's keys must be defined.

---Specifies an Amazon EKS volume for a job definition.
---@class awsjobs.batch.EksVolume
---@field name string The name of the volume.
---@field hostPath? awsjobs.batch.EksHostPath Specifies the configuration of a Kubernetes hostPath volume.
---@field emptyDir? awsjobs.batch.EksEmptyDir Specifies the configuration of a Kubernetes emptyDir volume.
---@field secret? awsjobs.batch.EksSecret Specifies the configuration of a Kubernetes secret volume.
---@field persistentVolumeClaim? awsjobs.batch.EksPersistentVolumeClaim Specifies the configuration of a Kubernetes persistentVolumeClaim bounded to a persistentVolume.

---The amount of ephemeral storage to allocate for the task.
---@class awsjobs.batch.EphemeralStorage
---@field sizeInGiB integer The total amount, in GiB, of ephemeral storage to set for the task.

---Specifies an array of up to 5 conditions to be met, and an action to take (RETRY or EXIT) if all conditions are met.
---@class awsjobs.batch.EvaluateOnExit
---@field onStatusReason? string Contains a glob pattern to match against the StatusReason returned for a job.
---@field onReason? string Contains a glob pattern to match against the Reason returned for a job.
---@field onExitCode? string Contains a glob pattern to match against the decimal representation of the ExitCode returned for a job.
---@field action awsjobs.batch.RetryAction Specifies the action to take if all of the specified conditions (onStatusReason, onReason, and onExitCode) are met.

---The capacity usage for a fairshare scheduling job queue.
---@class awsjobs.batch.FairshareCapacityUsage
---@field capacityUnit? string The unit of measure for the capacity usage.
---@field quantity? number The quantity of capacity being used, measured in the units specified by capacityUnit.

---The capacity utilization for a specific share in a fairshare scheduling job queue, including the share identifier and its current usage.
---@class awsjobs.batch.FairshareCapacityUtilization
---@field shareIdentifier? string The share identifier for the fairshare scheduling job queue.
---@field capacityUsage? awsjobs.batch.FairshareCapacityUsage[] The capacity usage information for this share, including the unit of measure and quantity being used.

---The fair-share scheduling policy details.
---@class awsjobs.batch.FairsharePolicy
---@field shareDecaySeconds? integer The amount of time (in seconds) to use to calculate a fair-share percentage for each share identifier in use.
---@field computeReservation? integer A value used to reserve some of the available maximum vCPU for share identifiers that aren't already used.
---@field shareDistribution? awsjobs.batch.ShareAttributes[] An array of SharedIdentifier objects that contain the weights for the share identifiers for the fair-share policy.

---The fairshare utilization for a job queue, including the number of active shares and top capacity utilization.
---@class awsjobs.batch.FairshareUtilizationDetail
---@field activeShareCount? integer The total number of active shares in the fairshare scheduling job queue that are currently utilizing capacity.
---@field topCapacityUtilization? awsjobs.batch.FairshareCapacityUtilization[] A list of the top 20 shares with the highest capacity utilization, ordered by usage amount.

---The platform configuration for jobs that are running on Fargate resources.
---@class awsjobs.batch.FargatePlatformConfiguration
---@field platformVersion? string The Fargate platform version where the jobs are running.

---The FireLens configuration for the container.
---@class awsjobs.batch.FirelensConfiguration
---@field type awsjobs.batch.FirelensConfigurationType The log router to use.
---@field options? table<string, string> The options to use when configuring the log router.

---Contains a list of the first 100 RUNNABLE jobs associated to a single job queue.
---@class awsjobs.batch.FrontOfQueueDetail
---@field jobs? awsjobs.batch.FrontOfQueueJobSummary[] The Amazon Resource Names (ARNs) of the first 100 RUNNABLE jobs in a named job queue.
---@field lastUpdatedAt? integer The Unix timestamp (in milliseconds) for when each of the first 100 RUNNABLE jobs were last updated.

---An object that represents summary details for the first 100 RUNNABLE jobs in a job queue.
---@class awsjobs.batch.FrontOfQueueJobSummary
---@field jobArn? string The ARN for a job in a named job queue.
---@field earliestTimeAtPosition? integer The Unix timestamp (in milliseconds) for when the job transitioned to its current position in the job queue.

---An object that represents summary details for the first RUNNABLE job in a quota share.
---@class awsjobs.batch.FrontOfQuotaShareJobSummary
---@field jobArn? string The ARN for a job in a named quota share.
---@field earliestTimeAtPosition? integer The Unix timestamp (in milliseconds) for when the job transitioned to its current position in the quota share.

---An object that represents the details of the first RUNNABLE job in each named quota share associated with a single job queue.
---@class awsjobs.batch.FrontOfQuotaSharesDetail
---@field quotaShares? table<string, awsjobs.batch.FrontOfQuotaShareJobSummary[]> Contains a list of the first RUNNABLE job in each named quota share.
---@field lastUpdatedAt? integer The Unix timestamp (in milliseconds) for when the first RUNNABLE job per quota share were all last updated.

---@class awsjobs.batch.GetJobQueueSnapshotRequest
---@field jobQueue string The job queue’s name or full queue Amazon Resource Name (ARN).

---@class awsjobs.batch.GetJobQueueSnapshotResponse
---@field frontOfQueue? awsjobs.batch.FrontOfQueueDetail The list of the first 100 RUNNABLE jobs in each job queue.
---@field frontOfQuotaShares? awsjobs.batch.FrontOfQuotaSharesDetail The first RUNNABLE job in each quota share.
---@field queueUtilization? awsjobs.batch.QueueSnapshotUtilizationDetail The job queue's capacity utilization, including total usage and breakdown per given share.

---Determine whether your data volume persists on the host container instance and where it's stored.
---@class awsjobs.batch.Host
---@field sourcePath? string The path on the host container instance that's presented to the container.

---References a Kubernetes secret resource.
---@class awsjobs.batch.ImagePullSecret
---@field name string Provides a unique identifier for the ImagePullSecret.

---The capacity usage for a job, including the unit of measure and quantity of resources being used.
---@class awsjobs.batch.JobCapacityUsageSummary
---@field capacityUnit? string The unit of measure for the capacity usage.
---@field quantity? number The quantity of capacity being used by the job, measured in the units specified by capacityUnit.

---An object that represents an Batch job definition.
---@class awsjobs.batch.JobDefinition
---@field jobDefinitionName string The name of the job definition.
---@field jobDefinitionArn string The Amazon Resource Name (ARN) for the job definition.
---@field revision integer The revision of the job definition.
---@field status? string The status of the job definition.
---@field type string The type of job definition.
---@field schedulingPriority? integer The scheduling priority of the job definition.
---@field parameters? table<string, string> Default parameters or parameter substitution placeholders that are set in the job definition.
---@field retryStrategy? awsjobs.batch.RetryStrategy The retry strategy to use for failed jobs that are submitted with this job definition.
---@field containerProperties? awsjobs.batch.ContainerProperties An object with properties specific to Amazon ECS-based jobs.
---@field timeout? awsjobs.batch.JobTimeout The timeout time for jobs that are submitted with this job definition.
---@field nodeProperties? awsjobs.batch.NodeProperties An object with properties that are specific to multi-node parallel jobs.
---@field tags? table<string, string> The tags that are applied to the job definition.
---@field propagateTags? boolean Specifies whether to propagate the tags from the job or job definition to the corresponding Amazon ECS task.
---@field platformCapabilities? awsjobs.batch.PlatformCapability[] The platform capabilities required by the job definition.
---@field ecsProperties? awsjobs.batch.EcsProperties An object that contains the properties for the Amazon ECS resources of a job.When ecsProperties is used in the job definition, it can't be used in addition...
---@field eksProperties? awsjobs.batch.EksProperties An object with properties that are specific to Amazon EKS-based jobs.
---@field containerOrchestrationType? awsjobs.batch.OrchestrationType The orchestration type of the compute environment.
---@field consumableResourceProperties? awsjobs.batch.ConsumableResourceProperties Contains a list of consumable resources required by the job.

---An object that represents an Batch job dependency.
---@class awsjobs.batch.JobDependency
---@field jobId? string The job ID of the Batch job that's associated with this dependency.
---@field type? awsjobs.batch.ArrayJobDependency The type of the job dependency.

---An object that represents an Batch job.
---@class awsjobs.batch.JobDetail
---@field jobArn? string The Amazon Resource Name (ARN) of the job.
---@field jobName string The job name.
---@field jobId string The job ID.
---@field jobQueue string The Amazon Resource Name (ARN) of the job queue that the job is associated with.
---@field status awsjobs.batch.JobStatus The current status for the job.
---@field shareIdentifier? string The share identifier for the job.
---@field schedulingPriority? integer The scheduling policy of the job definition.
---@field attempts? awsjobs.batch.AttemptDetail[] A list of job attempts that are associated with this job.
---@field statusReason? string A short, human-readable string to provide more details for the current status of the job.
---@field createdAt? integer The Unix timestamp (in milliseconds) for when the job was created.
---@field retryStrategy? awsjobs.batch.RetryStrategy The retry strategy to use for this job if an attempt fails.
---@field startedAt integer The Unix timestamp (in milliseconds) for when the job was started.
---@field stoppedAt? integer The Unix timestamp (in milliseconds) for when the job was stopped.
---@field dependsOn? awsjobs.batch.JobDependency[] A list of job IDs that this job depends on.
---@field jobDefinition string The Amazon Resource Name (ARN) of the job definition that this job uses.
---@field parameters? table<string, string> Additional parameters that are passed to the job that replace parameter substitution placeholders or override any corresponding parameter defaults from the...
---@field container? awsjobs.batch.ContainerDetail An object that represents the details for the container that's associated with the job.
---@field nodeDetails? awsjobs.batch.NodeDetails An object that represents the details of a node that's associated with a multi-node parallel job.
---@field nodeProperties? awsjobs.batch.NodeProperties An object that represents the node properties of a multi-node parallel job.
---@field arrayProperties? awsjobs.batch.ArrayPropertiesDetail The array properties of the job, if it's an array job.
---@field timeout? awsjobs.batch.JobTimeout The timeout configuration for the job.
---@field tags? table<string, string> The tags that are applied to the job.
---@field propagateTags? boolean Specifies whether to propagate the tags from the job or job definition to the corresponding Amazon ECS task.
---@field platformCapabilities? awsjobs.batch.PlatformCapability[] The platform capabilities required by the job definition.
---@field eksProperties? awsjobs.batch.EksPropertiesDetail An object with various properties that are specific to Amazon EKS based jobs.
---@field eksAttempts? awsjobs.batch.EksAttemptDetail[] A list of job attempts that are associated with this job.
---@field ecsProperties? awsjobs.batch.EcsPropertiesDetail An object with properties that are specific to Amazon ECS-based jobs.
---@field isCancelled? boolean Indicates whether the job is canceled.
---@field isTerminated? boolean Indicates whether the job is terminated.
---@field consumableResourceProperties? awsjobs.batch.ConsumableResourceProperties Contains a list of consumable resources required by the job.

---An object that represents the details for an Batch job queue.
---@class awsjobs.batch.JobQueueDetail
---@field jobQueueName string The job queue name.
---@field jobQueueArn string The Amazon Resource Name (ARN) of the job queue.
---@field state awsjobs.batch.JQState Describes the ability of the queue to accept new jobs.
---@field schedulingPolicyArn? string The Amazon Resource Name (ARN) of the scheduling policy.
---@field status? awsjobs.batch.JQStatus The status of the job queue (for example, CREATING or VALID).
---@field statusReason? string A short, human-readable string to provide additional details for the current status of the job queue.
---@field priority integer The priority of the job queue.
---@field computeEnvironmentOrder awsjobs.batch.ComputeEnvironmentOrder[] The compute environments that are attached to the job queue and the order that job placement is preferred.
---@field serviceEnvironmentOrder? awsjobs.batch.ServiceEnvironmentOrder[] The order of the service environment associated with the job queue.
---@field jobQueueType? awsjobs.batch.JobQueueType The type of job queue.
---@field tags? table<string, string> The tags that are applied to the job queue.
---@field jobStateTimeLimitActions? awsjobs.batch.JobStateTimeLimitAction[] The set of actions that Batch perform on jobs that remain at the head of the job queue in the specified state longer than specified times.

---Specifies an action that Batch will take after the job has remained at the head of the queue in the specified state for longer than the specified time.
---@class awsjobs.batch.JobStateTimeLimitAction
---@field reason string The reason to log for the action being taken.
---@field state awsjobs.batch.JobStateTimeLimitActionsState The state of the job needed to trigger the action.
---@field maxTimeSeconds integer The approximate amount of time, in seconds, that must pass with the job in the specified state before the action is taken.
---@field action awsjobs.batch.JobStateTimeLimitActionsAction The action to take when a job is at the head of the job queue in the specified state for the specified period of time.

---An object that represents summary details of a job.
---@class awsjobs.batch.JobSummary
---@field jobArn? string The Amazon Resource Name (ARN) of the job.
---@field jobId string The job ID.
---@field jobName string The job name.
---@field capacityUsage? awsjobs.batch.JobCapacityUsageSummary[] The configured capacity usage information for this job, including the unit of measure and quantity of resources.
---@field createdAt? integer The Unix timestamp (in milliseconds) for when the job was created.
---@field scheduledAt? integer The Unix timestamp (in milliseconds) for when the job was scheduled for execution.
---@field shareIdentifier? string The share identifier for the fairshare scheduling queue that this job is associated with.
---@field status? awsjobs.batch.JobStatus The current status for the job.
---@field statusReason? string A short, human-readable string to provide more details for the current status of the job.
---@field startedAt? integer The Unix timestamp for when the job was started.
---@field stoppedAt? integer The Unix timestamp for when the job was stopped.
---@field container? awsjobs.batch.ContainerSummary An object that represents the details of the container that's associated with the job.
---@field arrayProperties? awsjobs.batch.ArrayPropertiesSummary The array properties of the job, if it's an array job.
---@field nodeProperties? awsjobs.batch.NodePropertiesSummary The node properties for a single node in a job summary list.
---@field jobDefinition? string The Amazon Resource Name (ARN) of the job definition.

---An object that represents a job timeout configuration.
---@class awsjobs.batch.JobTimeout
---@field attemptDurationSeconds? integer The job timeout time (in seconds) that's measured from the job attempt's startedAt timestamp.

---A key-value pair object.
---@class awsjobs.batch.KeyValuePair
---@field name? string The name of the key-value pair.
---@field value? string The value of the key-value pair.

---A filter name and value pair that's used to return a more specific list of results from a ListJobs or ListJobsByConsumableResource API operation.
---@class awsjobs.batch.KeyValuesPair
---@field name? string The name of the filter.
---@field values? string[] The filter values.

---Information about the latest attempt of a service job.
---@class awsjobs.batch.LatestServiceJobAttempt
---@field serviceResourceId? awsjobs.batch.ServiceResourceId The service resource identifier associated with the service job attempt.

---An object that represents a launch template that's associated with a compute resource.
---@class awsjobs.batch.LaunchTemplateSpecification
---@field launchTemplateId? string The ID of the launch template.
---@field launchTemplateName? string The name of the launch template.
---@field version? string The version number of the launch template, $Default, or $Latest.
---@field overrides? awsjobs.batch.LaunchTemplateSpecificationOverride[] A launch template to use in place of the default launch template.
---@field userdataType? awsjobs.batch.UserdataType The EKS node initialization process to use.

---An object that represents a launch template to use in place of the default launch template.
---@class awsjobs.batch.LaunchTemplateSpecificationOverride
---@field launchTemplateId? string The ID of the launch template.
---@field launchTemplateName? string The name of the launch template.
---@field version? string The version number of the launch template, $Default, or $Latest.
---@field targetInstanceTypes? string[] The instance type or family that this override launch template should be applied to.
---@field userdataType? awsjobs.batch.UserdataType The EKS node initialization process to use.

---Linux-specific modifications that are applied to the container, such as details for device mappings.
---@class awsjobs.batch.LinuxParameters
---@field devices? awsjobs.batch.Device[] Any of the host devices to expose to the container.
---@field initProcessEnabled? boolean If true, run an init process inside the container that forwards signals and reaps processes.
---@field sharedMemorySize? integer The value for the size (in MiB) of the /dev/shm volume.
---@field tmpfs? awsjobs.batch.Tmpfs[] The container path, mount options, and size (in MiB) of the tmpfs mount.
---@field maxSwap? integer The total amount of swap memory (in MiB) a container can use.
---@field swappiness? integer You can use this parameter to tune a container's memory swappiness behavior.

---@class awsjobs.batch.ListConsumableResourcesRequest
---@field filters? awsjobs.batch.KeyValuesPair[] The filters to apply to the consumable resource list query.
---@field maxResults? integer The maximum number of results returned by ListConsumableResources in paginated output.
---@field nextToken? string The nextToken value returned from a previous paginated ListConsumableResources request where maxResults was used and the results exceeded the value of that...

---@class awsjobs.batch.ListConsumableResourcesResponse
---@field consumableResources awsjobs.batch.ConsumableResourceSummary[] A list of consumable resources that match the request.
---@field nextToken? string The nextToken value to include in a future ListConsumableResources request.

---@class awsjobs.batch.ListJobsByConsumableResourceRequest
---@field consumableResource string The name or ARN of the consumable resource.
---@field filters? awsjobs.batch.KeyValuesPair[] The filters to apply to the job list query.
---@field maxResults? integer The maximum number of results returned by ListJobsByConsumableResource in paginated output.
---@field nextToken? string The nextToken value returned from a previous paginated ListJobsByConsumableResource request where maxResults was used and the results exceeded the value of...

---@class awsjobs.batch.ListJobsByConsumableResourceResponse
---@field jobs awsjobs.batch.ListJobsByConsumableResourceSummary[] The list of jobs that require the specified consumable resources.
---@field nextToken? string The nextToken value to include in a future ListJobsByConsumableResource request.

---Current information about a consumable resource required by a job.
---@class awsjobs.batch.ListJobsByConsumableResourceSummary
---@field jobArn string The Amazon Resource Name (ARN) of the job.
---@field jobQueueArn string The Amazon Resource Name (ARN) of the job queue.
---@field jobName string The name of the job.
---@field jobDefinitionArn? string The Amazon Resource Name (ARN) of the job definition.
---@field shareIdentifier? string The fair-share scheduling identifier for the job.
---@field jobStatus string The status of the job.
---@field quantity integer The total amount of the consumable resource that is available.
---@field statusReason? string A short, human-readable string to provide more details for the current status of the job.
---@field startedAt? integer The Unix timestamp for when the job was started.
---@field createdAt integer The Unix timestamp (in milliseconds) for when the consumable resource was created.
---@field consumableResourceProperties awsjobs.batch.ConsumableResourceProperties Contains a list of consumable resources required by the job.

---Contains the parameters for ListJobs.
---@class awsjobs.batch.ListJobsRequest
---@field jobQueue? string The name or full Amazon Resource Name (ARN) of the job queue used to list jobs.
---@field arrayJobId? string The job ID for an array job.
---@field multiNodeJobId? string The job ID for a multi-node parallel job.
---@field jobStatus? awsjobs.batch.JobStatus The job status used to filter jobs in the specified queue.
---@field maxResults? integer The maximum number of results returned by ListJobs in a paginated output.
---@field nextToken? string The nextToken value returned from a previous paginated ListJobs request where maxResults was used and the results exceeded the value of that parameter.
---@field filters? awsjobs.batch.KeyValuesPair[] The filter to apply to the query.

---@class awsjobs.batch.ListJobsResponse
---@field jobSummaryList awsjobs.batch.JobSummary[] A list of job summaries that match the request.
---@field nextToken? string The nextToken value to include in a future ListJobs request.

---@class awsjobs.batch.ListQuotaSharesRequest
---@field jobQueue string The name or full Amazon Resource Name (ARN) of the job queue used to list quota shares.
---@field maxResults? integer The maximum number of results returned by ListQuotaShares in paginated output.
---@field nextToken? string The nextToken value that's returned from a previous paginated ListQuotaShares request where maxResults was used and the results exceeded the value of that...

---@class awsjobs.batch.ListQuotaSharesResponse
---@field quotaShares? awsjobs.batch.QuotaShareDetail[] A list of quota shares that match the request.
---@field nextToken? string The nextToken value to include in a future ListQuotaShares request.

---Contains the parameters for ListSchedulingPolicies.
---@class awsjobs.batch.ListSchedulingPoliciesRequest
---@field maxResults? integer The maximum number of results that's returned by ListSchedulingPolicies in paginated output.
---@field nextToken? string The nextToken value that's returned from a previous paginated ListSchedulingPolicies request where maxResults was used and the results exceeded the value of...

---@class awsjobs.batch.ListSchedulingPoliciesResponse
---@field schedulingPolicies? awsjobs.batch.SchedulingPolicyListingDetail[] A list of scheduling policies that match the request.
---@field nextToken? string The nextToken value to include in a future ListSchedulingPolicies request.

---@class awsjobs.batch.ListServiceJobsRequest
---@field jobQueue? string The name or ARN of the job queue with which to list service jobs.
---@field jobStatus? awsjobs.batch.ServiceJobStatus The job status used to filter service jobs in the specified queue.
---@field maxResults? integer The maximum number of results returned by ListServiceJobs in paginated output.
---@field nextToken? string The nextToken value returned from a previous paginated ListServiceJobs request where maxResults was used and the results exceeded the value of that parameter.
---@field filters? awsjobs.batch.KeyValuesPair[] The filter to apply to the query.

---@class awsjobs.batch.ListServiceJobsResponse
---@field jobSummaryList awsjobs.batch.ServiceJobSummary[] A list of service job summaries.
---@field nextToken? string The nextToken value to include in a future ListServiceJobs request.

---Contains the parameters for ListTagsForResource.
---@class awsjobs.batch.ListTagsForResourceRequest
---@field resourceArn string The Amazon Resource Name (ARN) that identifies the resource that tags are listed for.

---@class awsjobs.batch.ListTagsForResourceResponse
---@field tags? table<string, string> The tags for the resource.

---Log configuration options to send to a custom log driver for the container.
---@class awsjobs.batch.LogConfiguration
---@field logDriver awsjobs.batch.LogDriver The log driver to use for the container.
---@field options? table<string, string> The configuration options to send to the log driver.
---@field secretOptions? awsjobs.batch.Secret[] The secrets to pass to the log configuration.

---Details for a Docker volume mount point that's used in a job's container properties.
---@class awsjobs.batch.MountPoint
---@field containerPath? string The path on the container where the host volume is mounted.
---@field readOnly? boolean If this value is true, the container has read-only access to the volume.
---@field sourceVolume? string The name of the volume to mount.

---The network configuration for jobs that are running on Fargate resources.
---@class awsjobs.batch.NetworkConfiguration
---@field assignPublicIp? awsjobs.batch.AssignPublicIp Indicates whether the job has a public IP address.

---An object that represents the elastic network interface for a multi-node parallel job node.
---@class awsjobs.batch.NetworkInterface
---@field attachmentId? string The attachment ID for the network interface.
---@field ipv6Address? string The private IPv6 address for the network interface.
---@field privateIpv4Address? string The private IPv4 address for the network interface.

---An object that represents the details of a multi-node parallel job node.
---@class awsjobs.batch.NodeDetails
---@field nodeIndex? integer The node index for the node.
---@field isMainNode? boolean Specifies whether the current node is the main node for a multi-node parallel job.

---An object that represents any node overrides to a job definition that's used in a SubmitJob API operation.
---@class awsjobs.batch.NodeOverrides
---@field numNodes? integer The number of nodes to use with a multi-node parallel job.
---@field nodePropertyOverrides? awsjobs.batch.NodePropertyOverride[] The node property overrides for the job.

---An object that represents the node properties of a multi-node parallel job.
---@class awsjobs.batch.NodeProperties
---@field numNodes integer The number of nodes that are associated with a multi-node parallel job.
---@field mainNode integer Specifies the node index for the main node of a multi-node parallel job.
---@field nodeRangeProperties awsjobs.batch.NodeRangeProperty[] A list of node ranges and their properties that are associated with a multi-node parallel job.

---An object that represents the properties of a node that's associated with a multi-node parallel job.
---@class awsjobs.batch.NodePropertiesSummary
---@field isMainNode? boolean Specifies whether the current node is the main node for a multi-node parallel job.
---@field numNodes? integer The number of nodes that are associated with a multi-node parallel job.
---@field nodeIndex? integer The node index for the node.

---The object that represents any node overrides to a job definition that's used in a SubmitJob API operation.
---@class awsjobs.batch.NodePropertyOverride
---@field targetNodes string The range of nodes, using node index values, that's used to override.
---@field containerOverrides? awsjobs.batch.ContainerOverrides The overrides that are sent to a node range.
---@field ecsPropertiesOverride? awsjobs.batch.EcsPropertiesOverride An object that contains the properties that you want to replace for the existing Amazon ECS resources of a job.
---@field instanceTypes? string[] An object that contains the instance types that you want to replace for the existing resources of a job.
---@field eksPropertiesOverride? awsjobs.batch.EksPropertiesOverride An object that contains the properties that you want to replace for the existing Amazon EKS resources of a job.
---@field consumableResourcePropertiesOverride? awsjobs.batch.ConsumableResourceProperties An object that contains overrides for the consumable resources of a job.

---This is an object that represents the properties of the node range for a multi-node parallel job.
---@class awsjobs.batch.NodeRangeProperty
---@field targetNodes string The range of nodes, using node index values.
---@field container? awsjobs.batch.ContainerProperties The container details for the node range.
---@field instanceTypes? string[] The instance types of the underlying host infrastructure of a multi-node parallel job.
---@field ecsProperties? awsjobs.batch.EcsProperties This is an object that represents the properties of the node range for a multi-node parallel job.
---@field eksProperties? awsjobs.batch.EksProperties This is an object that represents the properties of the node range for a multi-node parallel job.
---@field consumableResourceProperties? awsjobs.batch.ConsumableResourceProperties Contains a list of consumable resources required by a job.

---The configured capacity usage for a job queue snapshot, including the unit of measure and quantity of resources being used.
---@class awsjobs.batch.QueueSnapshotCapacityUsage
---@field capacityUnit? string The unit of measure for the capacity usage.
---@field quantity? number The quantity of capacity being used in the queue snapshot, measured in the units specified by capacityUnit.

---The job queue utilization at a specific point in time, including total capacity usage, and quota share or fairshare utilization breakdown depending on the job queue scheduling policy.
---@class awsjobs.batch.QueueSnapshotUtilizationDetail
---@field totalCapacityUsage? awsjobs.batch.QueueSnapshotCapacityUsage[] The total capacity usage for the entire job queue.
---@field fairshareUtilization? awsjobs.batch.FairshareUtilizationDetail The utilization information for a fairshare scheduling job queues, including active share count and top capacity utilization by share.
---@field quotaShareUtilization? awsjobs.batch.QuotaShareUtilizationDetail The utilization information for a job queue with a quota share scheduling policy.
---@field lastUpdatedAt? integer The Unix timestamp (in milliseconds) for when the queue utilization information was last updated.

---Defines the capacity limit for a quota share, or the type and maximum quantity of a particular resource that can be allocated to jobs in the quota share without borrowing.
---@class awsjobs.batch.QuotaShareCapacityLimit
---@field maxCapacity integer The maximum capacity available for the quota share.
---@field capacityUnit string The unit of compute capacity for the capacityLimit.

---The capacity usage for a quota share, including units of compute capacity and quantity of resources being used.
---@class awsjobs.batch.QuotaShareCapacityUsage
---@field capacityUnit? string The unit of compute capacity for the capacity usage.
---@field quantity? number The quantity of capacity being used.

---The capacity utilization for a specific quota share, including the quota share name and its current usage.
---@class awsjobs.batch.QuotaShareCapacityUtilization
---@field quotaShareName? string The name of the quota share.
---@field capacityUsage? awsjobs.batch.QuotaShareCapacityUsage[] The capacity usage information for this quota share, including the units of compute capacity and quantity being used.

---Detailed information about a quota share, including its configuration, state, and capacity limits.
---@class awsjobs.batch.QuotaShareDetail
---@field quotaShareName? string The name of the quota share.
---@field quotaShareArn? string The Amazon Resource Name (ARN) of the quota share.
---@field jobQueueArn? string The Amazon Resource Name (ARN) of the job queue associated with the quota share.
---@field capacityLimits? awsjobs.batch.QuotaShareCapacityLimit[] A list that specifies the quantity and type of compute capacity allocated to the quota share.
---@field resourceSharingConfiguration? awsjobs.batch.QuotaShareResourceSharingConfiguration Specifies whether a quota share reserves, lends, or both lends and borrows idle compute capacity.
---@field preemptionConfiguration? awsjobs.batch.QuotaSharePreemptionConfiguration Specifies the preemption behavior for jobs in a quota share.
---@field state? awsjobs.batch.QuotaShareState The state of the quota share.
---@field status? awsjobs.batch.QuotaShareStatus The current status of the quota share.

---The quota share scheduling policy details for a job queue.
---@class awsjobs.batch.QuotaSharePolicy
---@field idleResourceAssignmentStrategy awsjobs.batch.QuotaShareIdleResourceAssignmentStrategy The strategy that determines how idle resources are assigned to quota shares that are borrowing capacity.

---Specifies the preemption behavior for jobs in a quota share.
---@class awsjobs.batch.QuotaSharePreemptionConfiguration
---@field inSharePreemption awsjobs.batch.QuotaShareInSharePreemptionState Specifies whether jobs within a quota share can be preempted by another, higher priority job in the same quota share.

---Specifies whether a quota share reserves, lends, or both lends and borrows idle compute capacity.
---@class awsjobs.batch.QuotaShareResourceSharingConfiguration
---@field strategy awsjobs.batch.QuotaShareResourceSharingStrategy The resource sharing strategy for the quota share.
---@field borrowLimit? integer The maximum percentage of additional capacity that the quota share can borrow from other shares. borrowLimit can only be applied to quota shares with a...

---An object that represents the capacity utilization details of all quota shares associated with a single job queue.
---@class awsjobs.batch.QuotaShareUtilizationDetail
---@field topCapacityUtilization? awsjobs.batch.QuotaShareCapacityUtilization[] A list of the top capacity utilizations across quota shares associated with a job queue.

---Contains the parameters for RegisterJobDefinition.
---@class awsjobs.batch.RegisterJobDefinitionRequest
---@field jobDefinitionName string The name of the job definition to register.
---@field type awsjobs.batch.JobDefinitionType The type of job definition.
---@field parameters? table<string, string> Default parameter substitution placeholders to set in the job definition.
---@field schedulingPriority? integer The scheduling priority for jobs that are submitted with this job definition.
---@field containerProperties? awsjobs.batch.ContainerProperties An object with properties specific to Amazon ECS-based single-node container-based jobs.
---@field nodeProperties? awsjobs.batch.NodeProperties An object with properties specific to multi-node parallel jobs.
---@field retryStrategy? awsjobs.batch.RetryStrategy The retry strategy to use for failed jobs that are submitted with this job definition.
---@field propagateTags? boolean Specifies whether to propagate the tags from the job or job definition to the corresponding Amazon ECS task.
---@field timeout? awsjobs.batch.JobTimeout The timeout configuration for jobs that are submitted with this job definition, after which Batch terminates your jobs if they have not finished.
---@field tags? table<string, string> The tags that you apply to the job definition to help you categorize and organize your resources.
---@field platformCapabilities? awsjobs.batch.PlatformCapability[] The platform capabilities required by the job definition.
---@field eksProperties? awsjobs.batch.EksProperties An object with properties that are specific to Amazon EKS-based jobs.
---@field ecsProperties? awsjobs.batch.EcsProperties An object with properties that are specific to Amazon ECS-based jobs.
---@field consumableResourceProperties? awsjobs.batch.ConsumableResourceProperties Contains a list of consumable resources required by the job.

---@class awsjobs.batch.RegisterJobDefinitionResponse
---@field jobDefinitionName string The name of the job definition.
---@field jobDefinitionArn string The Amazon Resource Name (ARN) of the job definition.
---@field revision integer The revision of the job definition.

---The repository credentials for private registry authentication.
---@class awsjobs.batch.RepositoryCredentials
---@field credentialsParameter string The Amazon Resource Name (ARN) of the secret containing the private repository credentials.

---The type and amount of a resource to assign to a container.
---@class awsjobs.batch.ResourceRequirement
---@field value string The quantity of the specified resource to reserve for the container.
---@field type awsjobs.batch.ResourceType The type of resource to assign to a container.

---The retry strategy that's associated with a job.
---@class awsjobs.batch.RetryStrategy
---@field attempts? integer The number of times to move a job to the RUNNABLE status.
---@field evaluateOnExit? awsjobs.batch.EvaluateOnExit[] Array of up to 5 objects that specify the conditions where jobs are retried or failed.

---An object that represents the compute environment architecture for Batch jobs on Fargate.
---@class awsjobs.batch.RuntimePlatform
---@field operatingSystemFamily? string The operating system for the compute environment.
---@field cpuArchitecture? string The vCPU architecture.

---This is used when you're using an S3Files file system for job storage.
---@class awsjobs.batch.S3FilesVolumeConfiguration
---@field fileSystemArn string The Amazon Resource Name (ARN) of the S3Files file system to use.
---@field rootDirectory? string The directory within the S3Files file system to mount as the root directory.
---@field transitEncryptionPort? integer The port to use when sending encrypted data between the Amazon ECS host and the S3Files file system server.
---@field accessPointArn? string The Amazon Resource Name (ARN) of the S3Files access point to use.

---An object that represents a scheduling policy.
---@class awsjobs.batch.SchedulingPolicyDetail
---@field name string The name of the fair-share scheduling policy.
---@field arn string The Amazon Resource Name (ARN) of the scheduling policy.
---@field quotaSharePolicy? awsjobs.batch.QuotaSharePolicy The quota share scheduling policy details.
---@field fairsharePolicy? awsjobs.batch.FairsharePolicy The fair-share scheduling policy details.
---@field tags? table<string, string> The tags that you apply to the fair-share scheduling policy to categorize and organize your resources.

---An object that contains the details of a scheduling policy that's returned in a ListSchedulingPolicy action.
---@class awsjobs.batch.SchedulingPolicyListingDetail
---@field arn string Amazon Resource Name (ARN) of the scheduling policy.

---An object that represents the secret to expose to your container.
---@class awsjobs.batch.Secret
---@field name string The name of the secret.
---@field valueFrom string The secret to expose to the container.

---These errors are usually caused by a server issue.
---(The members of `err.data` when `err.code` is ServerException.)
---@class awsjobs.batch.ServerException
---@field message? string

---Detailed information about a service environment, including its configuration, state, and capacity limits.
---@class awsjobs.batch.ServiceEnvironmentDetail
---@field serviceEnvironmentName string The name of the service environment.
---@field serviceEnvironmentArn string The Amazon Resource Name (ARN) of the service environment.
---@field serviceEnvironmentType awsjobs.batch.ServiceEnvironmentType The type of service environment.
---@field state? awsjobs.batch.ServiceEnvironmentState The state of the service environment.
---@field status? awsjobs.batch.ServiceEnvironmentStatus The current status of the service environment.
---@field capacityLimits awsjobs.batch.CapacityLimit[] The capacity limits for the service environment.
---@field tags? table<string, string> The tags associated with the service environment.

---Specifies the order of a service environment for a job queue.
---@class awsjobs.batch.ServiceEnvironmentOrder
---@field order integer The order of the service environment.
---@field serviceEnvironment string The name or ARN of the service environment.

---Detailed information about an attempt to run a service job.
---@class awsjobs.batch.ServiceJobAttemptDetail
---@field serviceResourceId? awsjobs.batch.ServiceResourceId The service resource identifier associated with the service job attempt.
---@field startedAt? integer The Unix timestamp (in milliseconds) for when the service job attempt was started.
---@field stoppedAt? integer The Unix timestamp (in milliseconds) for when the service job attempt stopped running.
---@field statusReason? string A string that provides additional details for the current status of the service job attempt.

---The capacity usage for a service job, including the unit of measure and quantity of resources being consumed.
---@class awsjobs.batch.ServiceJobCapacityUsageDetail
---@field capacityUnit? string The unit of measure for the service job capacity usage.
---@field quantity? number The quantity of capacity being used by the service job, measured in the units specified by capacityUnit.

---The capacity usage for a service job, including the unit of measure and quantity of resources being used.
---@class awsjobs.batch.ServiceJobCapacityUsageSummary
---@field capacityUnit? string The unit of measure for the service job capacity usage.
---@field quantity? number The quantity of capacity being used by the service job, measured in the units specified by capacityUnit.

---Specifies conditions for when to exit or retry a service job based on the exit status or status reason.
---@class awsjobs.batch.ServiceJobEvaluateOnExit
---@field action? awsjobs.batch.ServiceJobRetryAction The action to take if the service job exits with the specified condition.
---@field onStatusReason? string Contains a glob pattern to match against the StatusReason returned for a job.

---Detailed information about a preempted attempt of a service job.
---@class awsjobs.batch.ServiceJobPreemptedAttempt
---@field serviceResourceId? awsjobs.batch.ServiceResourceId The service resource identifier associated with the service job attempt.
---@field startedAt? integer The Unix timestamp (in milliseconds) for when the service job attempt was started.
---@field stoppedAt? integer The Unix timestamp (in milliseconds) for when the service job attempt stopped running.
---@field statusReason? string A string that provides additional details for the current status of the service job attempt.

---Specifies the service job behavior when preempted.
---@class awsjobs.batch.ServiceJobPreemptionConfiguration
---@field preemptionRetriesBeforeTermination? integer The number of times a service job can be retried after it is preempted.

---Summarizes the preemptions of the service job.
---@class awsjobs.batch.ServiceJobPreemptionSummary
---@field preemptedAttemptCount? integer The total number of times the service job has been preempted.
---@field recentPreemptedAttempts? awsjobs.batch.ServiceJobPreemptedAttempt[] A list of the most recent preemption attempts for the service job.

---The retry strategy for service jobs.
---@class awsjobs.batch.ServiceJobRetryStrategy
---@field attempts integer The number of times to move a service job to RUNNABLE status.
---@field evaluateOnExit? awsjobs.batch.ServiceJobEvaluateOnExit[] Array of ServiceJobEvaluateOnExit objects that specify conditions under which the service job should be retried or failed.

---Summary information about a service job.
---@class awsjobs.batch.ServiceJobSummary
---@field latestAttempt? awsjobs.batch.LatestServiceJobAttempt Information about the latest attempt for the service job.
---@field capacityUsage? awsjobs.batch.ServiceJobCapacityUsageSummary[] The capacity usage information for this service job, including the unit of measure and quantity of resources being used.
---@field createdAt? integer The Unix timestamp (in milliseconds) for when the service job was created.
---@field jobArn? string The Amazon Resource Name (ARN) of the service job.
---@field jobId string The job ID for the service job.
---@field jobName string The name of the service job.
---@field scheduledAt? integer The Unix timestamp (in milliseconds) for when the service job was scheduled for execution.
---@field serviceJobType awsjobs.batch.ServiceJobType The type of service job.
---@field shareIdentifier? string The share identifier for the job.
---@field quotaShareName? string The quota share for the service job.
---@field status? awsjobs.batch.ServiceJobStatus The current status of the service job.
---@field statusReason? string A short string to provide more details on the current status of the service job.
---@field startedAt? integer The Unix timestamp (in milliseconds) for when the service job was started.
---@field stoppedAt? integer The Unix timestamp (in milliseconds) for when the service job stopped running.

---The timeout configuration for service jobs.
---@class awsjobs.batch.ServiceJobTimeout
---@field attemptDurationSeconds? integer The maximum duration in seconds that a service job attempt can run.

---The Batch unique identifier.
---@class awsjobs.batch.ServiceResourceId
---@field name awsjobs.batch.ServiceResourceIdName The name of the resource identifier.
---@field value string The value of the resource identifier.

---Specifies the weights for the share identifiers for the fair-share policy.
---@class awsjobs.batch.ShareAttributes
---@field shareIdentifier string A share identifier or share identifier prefix.
---@field weightFactor? number The weight factor for the share identifier.

---Contains the parameters for SubmitJob.
---@class awsjobs.batch.SubmitJobRequest
---@field jobName string The name of the job.
---@field jobQueue string The job queue where the job is submitted.
---@field shareIdentifier? string The share identifier for the job.
---@field schedulingPriorityOverride? integer The scheduling priority for the job.
---@field arrayProperties? awsjobs.batch.ArrayProperties The array properties for the submitted job, such as the size of the array.
---@field dependsOn? awsjobs.batch.JobDependency[] A list of dependencies for the job.
---@field jobDefinition string The job definition used by this job.
---@field parameters? table<string, string> Additional parameters passed to the job that replace parameter substitution placeholders that are set in the job definition.
---@field containerOverrides? awsjobs.batch.ContainerOverrides An object with properties that override the defaults for the job definition that specify the name of a container in the specified job definition and the...
---@field nodeOverrides? awsjobs.batch.NodeOverrides A list of node overrides in JSON format that specify the node range to target and the container overrides for that node range.
---@field retryStrategy? awsjobs.batch.RetryStrategy The retry strategy to use for failed jobs from this SubmitJob operation.
---@field propagateTags? boolean Specifies whether to propagate the tags from the job or job definition to the corresponding Amazon ECS task.
---@field timeout? awsjobs.batch.JobTimeout The timeout configuration for this SubmitJob operation.
---@field tags? table<string, string> The tags that you apply to the job request to help you categorize and organize your resources.
---@field eksPropertiesOverride? awsjobs.batch.EksPropertiesOverride An object, with properties that override defaults for the job definition, can only be specified for jobs that are run on Amazon EKS resources.
---@field ecsPropertiesOverride? awsjobs.batch.EcsPropertiesOverride An object, with properties that override defaults for the job definition, can only be specified for jobs that are run on Amazon ECS resources.
---@field consumableResourcePropertiesOverride? awsjobs.batch.ConsumableResourceProperties An object that contains overrides for the consumable resources of a job.

---@class awsjobs.batch.SubmitJobResponse
---@field jobArn? string The Amazon Resource Name (ARN) for the job.
---@field jobName string The name of the job.
---@field jobId string The unique identifier for the job.

---@class awsjobs.batch.SubmitServiceJobRequest
---@field jobName string The name of the service job.
---@field jobQueue string The job queue into which the service job is submitted.
---@field retryStrategy? awsjobs.batch.ServiceJobRetryStrategy The retry strategy to use for failed service jobs that are submitted with this service job request.
---@field schedulingPriority? integer The scheduling priority of the service job.
---@field serviceRequestPayload string The request, in JSON, for the service that the SubmitServiceJob operation is queueing.
---@field serviceJobType awsjobs.batch.ServiceJobType The type of service job.
---@field shareIdentifier? string The share identifier for the service job.
---@field quotaShareName? string The quota share for the service job.
---@field preemptionConfiguration? awsjobs.batch.ServiceJobPreemptionConfiguration Specifies the service job behavior when preempted.
---@field timeoutConfig? awsjobs.batch.ServiceJobTimeout The timeout configuration for the service job.
---@field tags? table<string, string> The tags that you apply to the service job request.
---@field clientToken? string A unique identifier for the request.

---@class awsjobs.batch.SubmitServiceJobResponse
---@field jobArn? string The Amazon Resource Name (ARN) for the service job.
---@field jobName string The name of the service job.
---@field jobId string The unique identifier for the service job.

---Contains the parameters for TagResource.
---@class awsjobs.batch.TagResourceRequest
---@field resourceArn string The Amazon Resource Name (ARN) of the resource that tags are added to.
---@field tags table<string, string> The tags that you apply to the resource to help you categorize and organize your resources.

---@class awsjobs.batch.TagResourceResponse

---A list of containers that this task depends on.
---@class awsjobs.batch.TaskContainerDependency
---@field containerName? string A unique identifier for the container.
---@field condition? string The dependency condition of the container.

---The details for the container in this task attempt.
---@class awsjobs.batch.TaskContainerDetails
---@field command? string[] The command that's passed to the container.
---@field dependsOn? awsjobs.batch.TaskContainerDependency[] A list of containers that this container depends on.
---@field environment? awsjobs.batch.KeyValuePair[] The environment variables to pass to a container.
---@field essential? boolean If the essential parameter of a container is marked as true, and that container fails or stops for any reason, all other containers that are part of the...
---@field firelensConfiguration? awsjobs.batch.FirelensConfiguration The FireLens configuration for the container.
---@field image? string The image used to start a container.
---@field linuxParameters? awsjobs.batch.LinuxParameters Linux-specific modifications that are applied to the container, such as Linux kernel capabilities.
---@field logConfiguration? awsjobs.batch.LogConfiguration The log configuration specification for the container.
---@field mountPoints? awsjobs.batch.MountPoint[] The mount points for data volumes in your container.
---@field name? string The name of a container.
---@field privileged? boolean When this parameter is true, the container is given elevated privileges on the host container instance (similar to the root user).
---@field readonlyRootFilesystem? boolean When this parameter is true, the container is given read-only access to its root file system.
---@field repositoryCredentials? awsjobs.batch.RepositoryCredentials The private repository authentication credentials to use.
---@field resourceRequirements? awsjobs.batch.ResourceRequirement[] The type and amount of a resource to assign to a container.
---@field secrets? awsjobs.batch.Secret[] The secrets to pass to the container.
---@field ulimits? awsjobs.batch.Ulimit[] A list of ulimits to set in the container.
---@field user? string The user to use inside the container.
---@field startTimeout? integer Time duration (in seconds) to wait before giving up on resolving dependencies for a container.
---@field stopTimeout? integer Time duration (in seconds) to wait before the container is forcefully killed if it doesn't exit normally on its own.
---@field exitCode? integer The exit code returned upon completion.
---@field reason? string A short (255 max characters) human-readable string to provide additional details for a running or stopped container.
---@field logStreamName? string The name of the CloudWatch Logs log stream that's associated with the container.
---@field networkInterfaces? awsjobs.batch.NetworkInterface[] The network interfaces that are associated with the job.

---The overrides that should be sent to a container.
---@class awsjobs.batch.TaskContainerOverrides
---@field command? string[] The command to send to the container that overrides the default command from the Docker image or the job definition.
---@field environment? awsjobs.batch.KeyValuePair[] The environment variables to send to the container.
---@field name? string A pointer to the container that you want to override.
---@field resourceRequirements? awsjobs.batch.ResourceRequirement[] The type and amount of resources to assign to a container.

---Container properties are used for Amazon ECS-based job definitions.
---@class awsjobs.batch.TaskContainerProperties
---@field command? string[] The command that's passed to the container.
---@field dependsOn? awsjobs.batch.TaskContainerDependency[] A list of containers that this container depends on.
---@field environment? awsjobs.batch.KeyValuePair[] The environment variables to pass to a container.
---@field essential? boolean If the essential parameter of a container is marked as true, and that container fails or stops for any reason, all other containers that are part of the...
---@field firelensConfiguration? awsjobs.batch.FirelensConfiguration The FireLens configuration for the container.
---@field image string The image used to start a container.
---@field linuxParameters? awsjobs.batch.LinuxParameters Linux-specific modifications that are applied to the container, such as Linux kernel capabilities.
---@field logConfiguration? awsjobs.batch.LogConfiguration The log configuration specification for the container.
---@field mountPoints? awsjobs.batch.MountPoint[] The mount points for data volumes in your container.
---@field name? string The name of a container.
---@field privileged? boolean When this parameter is true, the container is given elevated privileges on the host container instance (similar to the root user).
---@field readonlyRootFilesystem? boolean When this parameter is true, the container is given read-only access to its root file system.
---@field repositoryCredentials? awsjobs.batch.RepositoryCredentials The private repository authentication credentials to use.
---@field resourceRequirements? awsjobs.batch.ResourceRequirement[] The type and amount of a resource to assign to a container.
---@field secrets? awsjobs.batch.Secret[] The secrets to pass to the container.
---@field ulimits? awsjobs.batch.Ulimit[] A list of ulimits to set in the container.
---@field user? string The user to use inside the container.
---@field startTimeout? integer Time duration (in seconds) to wait before giving up on resolving dependencies for a container.
---@field stopTimeout? integer Time duration (in seconds) to wait before the container is forcefully killed if it doesn't exit normally on its own.

---An object that contains overrides for the task definition of a job.
---@class awsjobs.batch.TaskPropertiesOverride
---@field containers? awsjobs.batch.TaskContainerOverrides[] The overrides for the container definition of a job.

---Contains the parameters for TerminateJob.
---@class awsjobs.batch.TerminateJobRequest
---@field jobId string The Batch job ID of the job to terminate.
---@field reason string A message to attach to the job that explains the reason for canceling it.

---@class awsjobs.batch.TerminateJobResponse

---@class awsjobs.batch.TerminateServiceJobRequest
---@field jobId string The service job ID of the service job to terminate.
---@field reason string A message to attach to the service job that explains the reason for canceling it.

---@class awsjobs.batch.TerminateServiceJobResponse

---The container path, mount options, and size of the tmpfs mount.
---@class awsjobs.batch.Tmpfs
---@field containerPath string The absolute file path in the container where the tmpfs volume is mounted.
---@field size integer The size (in MiB) of the tmpfs volume.
---@field mountOptions? string[] The list of tmpfs volume mount options.

---The ulimit settings to pass to the container.
---@class awsjobs.batch.Ulimit
---@field hardLimit integer The hard limit for the ulimit type.
---@field name string The type of the ulimit.
---@field softLimit integer The soft limit for the ulimit type.

---Contains the parameters for UntagResource.
---@class awsjobs.batch.UntagResourceRequest
---@field resourceArn string The Amazon Resource Name (ARN) of the resource from which to delete tags.
---@field tagKeys string[] The keys of the tags to be removed.

---@class awsjobs.batch.UntagResourceResponse

---Contains the parameters for UpdateComputeEnvironment.
---@class awsjobs.batch.UpdateComputeEnvironmentRequest
---@field computeEnvironment string The name or full Amazon Resource Name (ARN) of the compute environment to update.
---@field state? awsjobs.batch.CEState The state of the compute environment.
---@field unmanagedvCpus? integer The maximum number of vCPUs expected to be used for an unmanaged compute environment.
---@field computeResources? awsjobs.batch.ComputeResourceUpdate Details of the compute resources managed by the compute environment.
---@field serviceRole? string The full Amazon Resource Name (ARN) of the IAM role that allows Batch to make calls to other Amazon Web Services services on your behalf.
---@field updatePolicy? awsjobs.batch.UpdatePolicy Specifies the updated infrastructure update policy for the compute environment.
---@field context? string Reserved.

---@class awsjobs.batch.UpdateComputeEnvironmentResponse
---@field computeEnvironmentName? string The name of the compute environment.
---@field computeEnvironmentArn? string The Amazon Resource Name (ARN) of the compute environment.

---@class awsjobs.batch.UpdateConsumableResourceRequest
---@field consumableResource string The name or ARN of the consumable resource to be updated.
---@field operation? string Indicates how the quantity of the consumable resource will be updated.
---@field quantity? integer The change in the total quantity of the consumable resource.
---@field clientToken? string If this parameter is specified and two update requests with identical payloads and clientTokens are received, these requests are considered the same request.

---@class awsjobs.batch.UpdateConsumableResourceResponse
---@field consumableResourceName string The name of the consumable resource to be updated.
---@field consumableResourceArn string The Amazon Resource Name (ARN) of the consumable resource.
---@field totalQuantity? integer The total amount of the consumable resource that is available.

---Contains the parameters for UpdateJobQueue.
---@class awsjobs.batch.UpdateJobQueueRequest
---@field jobQueue string The name or the Amazon Resource Name (ARN) of the job queue.
---@field state? awsjobs.batch.JQState Describes the queue's ability to accept new jobs.
---@field schedulingPolicyArn? string Amazon Resource Name (ARN) of the fair-share scheduling policy.
---@field priority? integer The priority of the job queue.
---@field computeEnvironmentOrder? awsjobs.batch.ComputeEnvironmentOrder[] Details the set of compute environments mapped to a job queue and their order relative to each other.
---@field serviceEnvironmentOrder? awsjobs.batch.ServiceEnvironmentOrder[] The order of the service environment associated with the job queue.
---@field jobStateTimeLimitActions? awsjobs.batch.JobStateTimeLimitAction[] The set of actions that Batch perform on jobs that remain at the head of the job queue in the specified state longer than specified times.

---@class awsjobs.batch.UpdateJobQueueResponse
---@field jobQueueName? string The name of the job queue.
---@field jobQueueArn? string The Amazon Resource Name (ARN) of the job queue.

---Specifies the infrastructure update policy for the Amazon EC2 compute environment.
---@class awsjobs.batch.UpdatePolicy
---@field terminateJobsOnUpdate? boolean Specifies whether jobs are automatically terminated when the compute environment infrastructure is updated.
---@field jobExecutionTimeoutMinutes? integer Specifies the job timeout (in minutes) when the compute environment infrastructure is updated.

---@class awsjobs.batch.UpdateQuotaShareRequest
---@field quotaShareArn string The Amazon Resource Name (ARN) of the quota share to update.
---@field capacityLimits? awsjobs.batch.QuotaShareCapacityLimit[] A list that specifies the quantity and type of compute capacity allocated to the quota share.
---@field resourceSharingConfiguration? awsjobs.batch.QuotaShareResourceSharingConfiguration Specifies whether a quota share reserves, lends, or both lends and borrows idle compute capacity.
---@field preemptionConfiguration? awsjobs.batch.QuotaSharePreemptionConfiguration Specifies the preemption behavior for jobs in a quota share.
---@field state? awsjobs.batch.QuotaShareState The state of the quota share.

---@class awsjobs.batch.UpdateQuotaShareResponse
---@field quotaShareName? string The name of the quota share.
---@field quotaShareArn? string The Amazon Resource Name (ARN) of the quota share.

---Contains the parameters for UpdateSchedulingPolicy.
---@class awsjobs.batch.UpdateSchedulingPolicyRequest
---@field arn string The Amazon Resource Name (ARN) of the scheduling policy to update.
---@field quotaSharePolicy? awsjobs.batch.QuotaSharePolicy The quota share scheduling policy details.
---@field fairsharePolicy? awsjobs.batch.FairsharePolicy The fair-share policy scheduling details.

---@class awsjobs.batch.UpdateSchedulingPolicyResponse

---@class awsjobs.batch.UpdateServiceEnvironmentRequest
---@field serviceEnvironment string The name or ARN of the service environment to update.
---@field state? awsjobs.batch.ServiceEnvironmentState The state of the service environment.
---@field capacityLimits? awsjobs.batch.CapacityLimit[] The capacity limits for the service environment.

---@class awsjobs.batch.UpdateServiceEnvironmentResponse
---@field serviceEnvironmentName string The name of the service environment that was updated.
---@field serviceEnvironmentArn string The Amazon Resource Name (ARN) of the service environment that was updated.

---@class awsjobs.batch.UpdateServiceJobRequest
---@field jobId string The Batch job ID of the job to update.
---@field schedulingPriority integer The scheduling priority for the job.

---@class awsjobs.batch.UpdateServiceJobResponse
---@field jobArn? string The Amazon Resource Name (ARN) for the job.
---@field jobName? string The name of the job.
---@field jobId? string The unique identifier for the job.

---A data volume that's used in a job's container properties.
---@class awsjobs.batch.Volume
---@field host? awsjobs.batch.Host The contents of the host parameter determine whether your data volume persists on the host container instance and where it's stored.
---@field name? string The name of the volume.
---@field efsVolumeConfiguration? awsjobs.batch.EFSVolumeConfiguration This parameter is specified when you're using an Amazon Elastic File System file system for job storage.
---@field s3filesVolumeConfiguration? awsjobs.batch.S3FilesVolumeConfiguration This parameter is specified when you're using an S3Files file system for job storage.

---@class awsjobs.batch.Client: awsjobs.Client
local batch = {}

---Cancels a job in an Batch job queue.
---@param params awsjobs.batch.CancelJobRequest
---@return awsjobs.batch.CancelJobResponse? result
---@return awsjobs.Error? err
function batch:cancelJob(params) end

---Creates an Batch compute environment.
---@param params awsjobs.batch.CreateComputeEnvironmentRequest
---@return awsjobs.batch.CreateComputeEnvironmentResponse? result
---@return awsjobs.Error? err
function batch:createComputeEnvironment(params) end

---Creates an Batch consumable resource.
---@param params awsjobs.batch.CreateConsumableResourceRequest
---@return awsjobs.batch.CreateConsumableResourceResponse? result
---@return awsjobs.Error? err
function batch:createConsumableResource(params) end

---Creates an Batch job queue.
---@param params awsjobs.batch.CreateJobQueueRequest
---@return awsjobs.batch.CreateJobQueueResponse? result
---@return awsjobs.Error? err
function batch:createJobQueue(params) end

---Creates an Batch quota share.
---@param params awsjobs.batch.CreateQuotaShareRequest
---@return awsjobs.batch.CreateQuotaShareResponse? result
---@return awsjobs.Error? err
function batch:createQuotaShare(params) end

---Creates an Batch scheduling policy.
---@param params awsjobs.batch.CreateSchedulingPolicyRequest
---@return awsjobs.batch.CreateSchedulingPolicyResponse? result
---@return awsjobs.Error? err
function batch:createSchedulingPolicy(params) end

---Creates a service environment for running service jobs.
---@param params awsjobs.batch.CreateServiceEnvironmentRequest
---@return awsjobs.batch.CreateServiceEnvironmentResponse? result
---@return awsjobs.Error? err
function batch:createServiceEnvironment(params) end

---Deletes an Batch compute environment.
---@param params awsjobs.batch.DeleteComputeEnvironmentRequest
---@return awsjobs.batch.DeleteComputeEnvironmentResponse? result
---@return awsjobs.Error? err
function batch:deleteComputeEnvironment(params) end

---Deletes the specified consumable resource.
---@param params awsjobs.batch.DeleteConsumableResourceRequest
---@return awsjobs.batch.DeleteConsumableResourceResponse? result
---@return awsjobs.Error? err
function batch:deleteConsumableResource(params) end

---Deletes the specified job queue.
---@param params awsjobs.batch.DeleteJobQueueRequest
---@return awsjobs.batch.DeleteJobQueueResponse? result
---@return awsjobs.Error? err
function batch:deleteJobQueue(params) end

---Deletes the specified quota share.
---@param params awsjobs.batch.DeleteQuotaShareRequest
---@return awsjobs.batch.DeleteQuotaShareResponse? result
---@return awsjobs.Error? err
function batch:deleteQuotaShare(params) end

---Deletes the specified scheduling policy.
---@param params awsjobs.batch.DeleteSchedulingPolicyRequest
---@return awsjobs.batch.DeleteSchedulingPolicyResponse? result
---@return awsjobs.Error? err
function batch:deleteSchedulingPolicy(params) end

---Deletes a Service environment.
---@param params awsjobs.batch.DeleteServiceEnvironmentRequest
---@return awsjobs.batch.DeleteServiceEnvironmentResponse? result
---@return awsjobs.Error? err
function batch:deleteServiceEnvironment(params) end

---Deregisters an Batch job definition.
---@param params awsjobs.batch.DeregisterJobDefinitionRequest
---@return awsjobs.batch.DeregisterJobDefinitionResponse? result
---@return awsjobs.Error? err
function batch:deregisterJobDefinition(params) end

---Describes one or more of your compute environments.
---@param params? awsjobs.batch.DescribeComputeEnvironmentsRequest
---@return awsjobs.batch.DescribeComputeEnvironmentsResponse? result
---@return awsjobs.Error? err
function batch:describeComputeEnvironments(params) end

---Returns a description of the specified consumable resource.
---@param params awsjobs.batch.DescribeConsumableResourceRequest
---@return awsjobs.batch.DescribeConsumableResourceResponse? result
---@return awsjobs.Error? err
function batch:describeConsumableResource(params) end

---Describes a list of job definitions.
---@param params? awsjobs.batch.DescribeJobDefinitionsRequest
---@return awsjobs.batch.DescribeJobDefinitionsResponse? result
---@return awsjobs.Error? err
function batch:describeJobDefinitions(params) end

---Describes one or more of your job queues.
---@param params? awsjobs.batch.DescribeJobQueuesRequest
---@return awsjobs.batch.DescribeJobQueuesResponse? result
---@return awsjobs.Error? err
function batch:describeJobQueues(params) end

---Describes a list of Batch jobs.
---@param params awsjobs.batch.DescribeJobsRequest
---@return awsjobs.batch.DescribeJobsResponse? result
---@return awsjobs.Error? err
function batch:describeJobs(params) end

---Returns a description of the specified quota share.
---@param params awsjobs.batch.DescribeQuotaShareRequest
---@return awsjobs.batch.DescribeQuotaShareResponse? result
---@return awsjobs.Error? err
function batch:describeQuotaShare(params) end

---Describes one or more of your scheduling policies.
---@param params awsjobs.batch.DescribeSchedulingPoliciesRequest
---@return awsjobs.batch.DescribeSchedulingPoliciesResponse? result
---@return awsjobs.Error? err
function batch:describeSchedulingPolicies(params) end

---Describes one or more of your service environments.
---@param params? awsjobs.batch.DescribeServiceEnvironmentsRequest
---@return awsjobs.batch.DescribeServiceEnvironmentsResponse? result
---@return awsjobs.Error? err
function batch:describeServiceEnvironments(params) end

---The details of a service job.
---@param params awsjobs.batch.DescribeServiceJobRequest
---@return awsjobs.batch.DescribeServiceJobResponse? result
---@return awsjobs.Error? err
function batch:describeServiceJob(params) end

---Provides a snapshot of job queue state, including ordering of RUNNABLE jobs, as well as capacity utilization for already dispatched jobs.
---@param params awsjobs.batch.GetJobQueueSnapshotRequest
---@return awsjobs.batch.GetJobQueueSnapshotResponse? result
---@return awsjobs.Error? err
function batch:getJobQueueSnapshot(params) end

---Returns a list of Batch consumable resources.
---@param params? awsjobs.batch.ListConsumableResourcesRequest
---@return awsjobs.batch.ListConsumableResourcesResponse? result
---@return awsjobs.Error? err
function batch:listConsumableResources(params) end

---Returns a list of Batch jobs.
---@param params? awsjobs.batch.ListJobsRequest
---@return awsjobs.batch.ListJobsResponse? result
---@return awsjobs.Error? err
function batch:listJobs(params) end

---Returns a list of Batch jobs that require a specific consumable resource.
---@param params awsjobs.batch.ListJobsByConsumableResourceRequest
---@return awsjobs.batch.ListJobsByConsumableResourceResponse? result
---@return awsjobs.Error? err
function batch:listJobsByConsumableResource(params) end

---Returns a list of Batch quota shares associated with a job queue.
---@param params awsjobs.batch.ListQuotaSharesRequest
---@return awsjobs.batch.ListQuotaSharesResponse? result
---@return awsjobs.Error? err
function batch:listQuotaShares(params) end

---Returns a list of Batch scheduling policies.
---@param params? awsjobs.batch.ListSchedulingPoliciesRequest
---@return awsjobs.batch.ListSchedulingPoliciesResponse? result
---@return awsjobs.Error? err
function batch:listSchedulingPolicies(params) end

---Returns a list of service jobs for a specified job queue.
---@param params? awsjobs.batch.ListServiceJobsRequest
---@return awsjobs.batch.ListServiceJobsResponse? result
---@return awsjobs.Error? err
function batch:listServiceJobs(params) end

---Lists the tags for an Batch resource.
---@param params awsjobs.batch.ListTagsForResourceRequest
---@return awsjobs.batch.ListTagsForResourceResponse? result
---@return awsjobs.Error? err
function batch:listTagsForResource(params) end

---Registers an Batch job definition.
---@param params awsjobs.batch.RegisterJobDefinitionRequest
---@return awsjobs.batch.RegisterJobDefinitionResponse? result
---@return awsjobs.Error? err
function batch:registerJobDefinition(params) end

---Submits an Batch job from a job definition.
---@param params awsjobs.batch.SubmitJobRequest
---@return awsjobs.batch.SubmitJobResponse? result
---@return awsjobs.Error? err
function batch:submitJob(params) end

---Submits a service job to a specified job queue to run on SageMaker AI.
---@param params awsjobs.batch.SubmitServiceJobRequest
---@return awsjobs.batch.SubmitServiceJobResponse? result
---@return awsjobs.Error? err
function batch:submitServiceJob(params) end

---Associates the specified tags to a resource with the specified resourceArn.
---@param params awsjobs.batch.TagResourceRequest
---@return awsjobs.batch.TagResourceResponse? result
---@return awsjobs.Error? err
function batch:tagResource(params) end

---Terminates a job in a job queue.
---@param params awsjobs.batch.TerminateJobRequest
---@return awsjobs.batch.TerminateJobResponse? result
---@return awsjobs.Error? err
function batch:terminateJob(params) end

---Terminates a service job in a job queue.
---@param params awsjobs.batch.TerminateServiceJobRequest
---@return awsjobs.batch.TerminateServiceJobResponse? result
---@return awsjobs.Error? err
function batch:terminateServiceJob(params) end

---Deletes specified tags from an Batch resource.
---@param params awsjobs.batch.UntagResourceRequest
---@return awsjobs.batch.UntagResourceResponse? result
---@return awsjobs.Error? err
function batch:untagResource(params) end

---Updates an Batch compute environment.
---@param params awsjobs.batch.UpdateComputeEnvironmentRequest
---@return awsjobs.batch.UpdateComputeEnvironmentResponse? result
---@return awsjobs.Error? err
function batch:updateComputeEnvironment(params) end

---Updates a consumable resource.
---@param params awsjobs.batch.UpdateConsumableResourceRequest
---@return awsjobs.batch.UpdateConsumableResourceResponse? result
---@return awsjobs.Error? err
function batch:updateConsumableResource(params) end

---Updates a job queue.
---@param params awsjobs.batch.UpdateJobQueueRequest
---@return awsjobs.batch.UpdateJobQueueResponse? result
---@return awsjobs.Error? err
function batch:updateJobQueue(params) end

---Updates a quota share.
---@param params awsjobs.batch.UpdateQuotaShareRequest
---@return awsjobs.batch.UpdateQuotaShareResponse? result
---@return awsjobs.Error? err
function batch:updateQuotaShare(params) end

---Updates a scheduling policy.
---@param params awsjobs.batch.UpdateSchedulingPolicyRequest
---@return awsjobs.batch.UpdateSchedulingPolicyResponse? result
---@return awsjobs.Error? err
function batch:updateSchedulingPolicy(params) end

---Updates a service environment.
---@param params awsjobs.batch.UpdateServiceEnvironmentRequest
---@return awsjobs.batch.UpdateServiceEnvironmentResponse? result
---@return awsjobs.Error? err
function batch:updateServiceEnvironment(params) end

---Updates the priority of a specified service job in an Batch job queue.
---@param params awsjobs.batch.UpdateServiceJobRequest
---@return awsjobs.batch.UpdateServiceJobResponse? result
---@return awsjobs.Error? err
function batch:updateServiceJob(params) end

---Calls an operation by name.
---@param operation awsjobs.batch.Operation
---@param params? table
---@return table? result
---@return awsjobs.Error? err
function batch:call(operation, params) end

---Polls until the waiter's success state (or fails with err.kind "waiter").
---@param name awsjobs.batch.Waiter
---@param params? table
---@param opts? awsjobs.WaiterOptions
---@return table? result
---@return awsjobs.Error? err
function batch:waitUntil(name, params, opts) end

---Iterates over the pages of a paginated operation; a failed page is false, err.
---@param operation awsjobs.batch.Paginated
---@param params? table
---@return fun(): (table|false|nil), awsjobs.Error?
function batch:pages(operation, params) end

---The result list of every page joined (a table of lists where there are several keys).
---@param operation awsjobs.batch.Paginated
---@param params? table
---@return table? items
---@return awsjobs.Error? err
function batch:all(operation, params) end
