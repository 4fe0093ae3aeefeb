---@meta
-- Generated from botocore 1.43.11 (ecs 2014-11-13); do not edit. Regenerate: python3 tools/gen_docs.py
-- LuaLS definitions of awsjobs.ecs (see types/awsjobs/init.d.lua for the rest of the API).

---@alias awsjobs.ecs.Operation "ContinueServiceDeployment"|"CreateCapacityProvider"|"CreateCluster"|"CreateDaemon"|"CreateExpressGatewayService"|"CreateService"|"CreateTaskSet"|"DeleteAccountSetting"|"DeleteAttributes"|"DeleteCapacityProvider"|"DeleteCluster"|"DeleteDaemon"|"DeleteDaemonTaskDefinition"|"DeleteExpressGatewayService"|"DeleteService"|"DeleteTaskDefinitions"|"DeleteTaskSet"|"DeregisterContainerInstance"|"DeregisterTaskDefinition"|"DescribeCapacityProviders"|"DescribeClusters"|"DescribeContainerInstances"|"DescribeDaemon"|"DescribeDaemonDeployments"|"DescribeDaemonRevisions"|"DescribeDaemonTaskDefinition"|"DescribeExpressGatewayService"|"DescribeServiceDeployments"|"DescribeServiceRevisions"|"DescribeServices"|"DescribeTaskDefinition"|"DescribeTaskSets"|"DescribeTasks"|"DiscoverPollEndpoint"|"ExecuteCommand"|"GetTaskProtection"|"ListAccountSettings"|"ListAttributes"|"ListClusters"|"ListContainerInstances"|"ListDaemonDeployments"|"ListDaemonTaskDefinitions"|"ListDaemons"|"ListServiceDeployments"|"ListServices"|"ListServicesByNamespace"|"ListTagsForResource"|"ListTaskDefinitionFamilies"|"ListTaskDefinitions"|"ListTasks"|"PutAccountSetting"|"PutAccountSettingDefault"|"PutAttributes"|"PutClusterCapacityProviders"|"RegisterContainerInstance"|"RegisterDaemonTaskDefinition"|"RegisterTaskDefinition"|"RunTask"|"StartTask"|"StopServiceDeployment"|"StopTask"|"SubmitAttachmentStateChanges"|"SubmitContainerStateChange"|"SubmitTaskStateChange"|"TagResource"|"UntagResource"|"UpdateCapacityProvider"|"UpdateCluster"|"UpdateClusterSettings"|"UpdateContainerAgent"|"UpdateContainerInstancesState"|"UpdateDaemon"|"UpdateExpressGatewayService"|"UpdateService"|"UpdateServicePrimaryTaskSet"|"UpdateTaskProtection"|"UpdateTaskSet"
---@alias awsjobs.ecs.Waiter "DaemonActive"|"DaemonDeploymentStopped"|"DaemonDeploymentSuccessful"|"DaemonTaskDefinitionActive"|"DaemonTaskDefinitionDeleted"|"ServicesInactive"|"ServicesStable"|"TasksRunning"|"TasksStopped"
---@alias awsjobs.ecs.Paginated "ListAccountSettings"|"ListAttributes"|"ListClusters"|"ListContainerInstances"|"ListServices"|"ListServicesByNamespace"|"ListTaskDefinitionFamilies"|"ListTaskDefinitions"|"ListTasks"
---@alias awsjobs.ecs.AcceleratorManufacturer "amazon-web-services"|"amd"|"nvidia"|"xilinx"|"habana"
---@alias awsjobs.ecs.AcceleratorName "a100"|"inferentia"|"k520"|"k80"|"m60"|"radeon-pro-v520"|"t4"|"vu9p"|"v100"|"a10g"|"h100"|"t4g"
---@alias awsjobs.ecs.AcceleratorType "gpu"|"fpga"|"inference"
---@alias awsjobs.ecs.AccessType "PUBLIC"|"PRIVATE"
---@alias awsjobs.ecs.AgentUpdateStatus "PENDING"|"STAGING"|"STAGED"|"UPDATING"|"UPDATED"|"FAILED"
---@alias awsjobs.ecs.ApplicationProtocol "http"|"http2"|"grpc"
---@alias awsjobs.ecs.AssignPublicIp "ENABLED"|"DISABLED"
---@alias awsjobs.ecs.AutoRepairActionsStatus "ENABLED"|"DISABLED"
---@alias awsjobs.ecs.AvailabilityZoneRebalancing "ENABLED"|"DISABLED"
---@alias awsjobs.ecs.BareMetal "included"|"required"|"excluded"
---@alias awsjobs.ecs.BurstablePerformance "included"|"required"|"excluded"
---@alias awsjobs.ecs.CPUArchitecture "X86_64"|"ARM64"
---@alias awsjobs.ecs.CapacityOptionType "ON_DEMAND"|"SPOT"|"RESERVED"
---@alias awsjobs.ecs.CapacityProviderField "TAGS"
---@alias awsjobs.ecs.CapacityProviderStatus "PROVISIONING"|"ACTIVE"|"DEPROVISIONING"|"INACTIVE"
---@alias awsjobs.ecs.CapacityProviderType "EC2_AUTOSCALING"|"MANAGED_INSTANCES"|"FARGATE"|"FARGATE_SPOT"
---@alias awsjobs.ecs.CapacityProviderUpdateStatus "CREATE_IN_PROGRESS"|"CREATE_COMPLETE"|"CREATE_FAILED"|"DELETE_IN_PROGRESS"|"DELETE_COMPLETE"|"DELETE_FAILED"|"UPDATE_IN_PROGRESS"|"UPDATE_COMPLETE"|"UPDATE_FAILED"
---@alias awsjobs.ecs.CapacityReservationPreference "RESERVATIONS_ONLY"|"RESERVATIONS_FIRST"|"RESERVATIONS_EXCLUDED"
---@alias awsjobs.ecs.ClusterField "ATTACHMENTS"|"CONFIGURATIONS"|"SETTINGS"|"STATISTICS"|"TAGS"
---@alias awsjobs.ecs.ClusterSettingName "containerInsights"
---@alias awsjobs.ecs.Compatibility "EC2"|"FARGATE"|"EXTERNAL"|"MANAGED_INSTANCES"
---@alias awsjobs.ecs.Connectivity "CONNECTED"|"DISCONNECTED"
---@alias awsjobs.ecs.ContainerCondition "START"|"COMPLETE"|"SUCCESS"|"HEALTHY"
---@alias awsjobs.ecs.ContainerInstanceField "TAGS"|"CONTAINER_INSTANCE_HEALTH"
---@alias awsjobs.ecs.ContainerInstanceStatus "ACTIVE"|"DRAINING"|"REGISTERING"|"DEREGISTERING"|"REGISTRATION_FAILED"
---@alias awsjobs.ecs.CpuManufacturer "intel"|"amd"|"amazon-web-services"
---@alias awsjobs.ecs.DaemonDeploymentRollbackMonitorsStatus "TRIGGERED"|"MONITORING"|"MONITORING_COMPLETE"|"DISABLED"
---@alias awsjobs.ecs.DaemonDeploymentStatus "PENDING"|"SUCCESSFUL"|"STOPPED"|"STOP_REQUESTED"|"IN_PROGRESS"|"ROLLBACK_IN_PROGRESS"|"ROLLBACK_SUCCESSFUL"|"ROLLBACK_FAILED"
---@alias awsjobs.ecs.DaemonPropagateTags "DAEMON"|"NONE"
---@alias awsjobs.ecs.DaemonStatus "ACTIVE"|"DELETE_IN_PROGRESS"
---@alias awsjobs.ecs.DaemonTaskDefinitionRevisionFilter "LAST_REGISTERED"
---@alias awsjobs.ecs.DaemonTaskDefinitionStatus "ACTIVE"|"DELETE_IN_PROGRESS"|"DELETED"
---@alias awsjobs.ecs.DaemonTaskDefinitionStatusFilter "ACTIVE"|"DELETE_IN_PROGRESS"|"ALL"
---@alias awsjobs.ecs.DeploymentControllerType "ECS"|"CODE_DEPLOY"|"EXTERNAL"
---@alias awsjobs.ecs.DeploymentLifecycleHookAction "ROLLBACK"|"CONTINUE"
---@alias awsjobs.ecs.DeploymentLifecycleHookStage "RECONCILE_SERVICE"|"PRE_SCALE_UP"|"POST_SCALE_UP"|"TEST_TRAFFIC_SHIFT"|"POST_TEST_TRAFFIC_SHIFT"|"PRE_PRODUCTION_TRAFFIC_SHIFT"|"PRODUCTION_TRAFFIC_SHIFT"|"POST_PRODUCTION_TRAFFIC_SHIFT"
---@alias awsjobs.ecs.DeploymentLifecycleHookStatus "AWAITING_ACTION"|"IN_PROGRESS"|"SUCCEEDED"|"FAILED"|"TIMED_OUT"
---@alias awsjobs.ecs.DeploymentLifecycleHookTargetType "AWS_LAMBDA"|"PAUSE"
---@alias awsjobs.ecs.DeploymentRolloutState "COMPLETED"|"FAILED"|"IN_PROGRESS"
---@alias awsjobs.ecs.DeploymentStrategy "ROLLING"|"BLUE_GREEN"|"LINEAR"|"CANARY"
---@alias awsjobs.ecs.DesiredStatus "RUNNING"|"PENDING"|"STOPPED"
---@alias awsjobs.ecs.DeviceCgroupPermission "read"|"write"|"mknod"
---@alias awsjobs.ecs.EBSResourceType "volume"
---@alias awsjobs.ecs.EFSAuthorizationConfigIAM "ENABLED"|"DISABLED"
---@alias awsjobs.ecs.EFSTransitEncryption "ENABLED"|"DISABLED"
---@alias awsjobs.ecs.EnvironmentFileType "s3"
---@alias awsjobs.ecs.ExecuteCommandLogging "NONE"|"DEFAULT"|"OVERRIDE"
---@alias awsjobs.ecs.ExpressGatewayServiceInclude "TAGS"
---@alias awsjobs.ecs.ExpressGatewayServiceScalingMetric "AVERAGE_CPU"|"AVERAGE_MEMORY"|"REQUEST_COUNT_PER_TARGET"
---@alias awsjobs.ecs.ExpressGatewayServiceStatusCode "ACTIVE"|"DRAINING"|"INACTIVE"
---@alias awsjobs.ecs.FirelensConfigurationType "fluentd"|"fluentbit"
---@alias awsjobs.ecs.HealthStatus "HEALTHY"|"UNHEALTHY"|"UNKNOWN"
---@alias awsjobs.ecs.InstanceGeneration "current"|"previous"
---@alias awsjobs.ecs.InstanceHealthCheckState "OK"|"IMPAIRED"|"INSUFFICIENT_DATA"|"INITIALIZING"
---@alias awsjobs.ecs.InstanceHealthCheckType "CONTAINER_RUNTIME"|"ACCELERATED_COMPUTE"|"DAEMON"
---@alias awsjobs.ecs.IpcMode "host"|"task"|"none"
---@alias awsjobs.ecs.LaunchType "EC2"|"FARGATE"|"EXTERNAL"|"MANAGED_INSTANCES"
---@alias awsjobs.ecs.LocalStorage "included"|"required"|"excluded"
---@alias awsjobs.ecs.LocalStorageType "hdd"|"ssd"
---@alias awsjobs.ecs.LogDriver "json-file"|"syslog"|"journald"|"gelf"|"fluentd"|"awslogs"|"splunk"|"awsfirelens"
---@alias awsjobs.ecs.ManagedAgentName "ExecuteCommandAgent"
---@alias awsjobs.ecs.ManagedDraining "ENABLED"|"DISABLED"
---@alias awsjobs.ecs.ManagedInstancesMonitoringOptions "BASIC"|"DETAILED"
---@alias awsjobs.ecs.ManagedResourceStatus "PROVISIONING"|"ACTIVE"|"DEPROVISIONING"|"DELETED"|"FAILED"
---@alias awsjobs.ecs.ManagedScalingStatus "ENABLED"|"DISABLED"
---@alias awsjobs.ecs.ManagedTerminationProtection "ENABLED"|"DISABLED"
---@alias awsjobs.ecs.NetworkMode "bridge"|"host"|"awsvpc"|"none"
---@alias awsjobs.ecs.OSFamily "WINDOWS_SERVER_2019_FULL"|"WINDOWS_SERVER_2019_CORE"|"WINDOWS_SERVER_2016_FULL"|"WINDOWS_SERVER_2004_CORE"|"WINDOWS_SERVER_2022_CORE"|"WINDOWS_SERVER_2022_FULL"|"WINDOWS_SERVER_2025_CORE"|"WINDOWS_SERVER_2025_FULL"|"WINDOWS_SERVER_20H2_CORE"|"LINUX"
---@alias awsjobs.ecs.PidMode "host"|"task"
---@alias awsjobs.ecs.PlacementConstraintType "distinctInstance"|"memberOf"
---@alias awsjobs.ecs.PlacementStrategyType "random"|"spread"|"binpack"
---@alias awsjobs.ecs.PlatformDeviceType "GPU"
---@alias awsjobs.ecs.PropagateMITags "CAPACITY_PROVIDER"|"NONE"
---@alias awsjobs.ecs.PropagateTags "TASK_DEFINITION"|"SERVICE"|"NONE"
---@alias awsjobs.ecs.ProxyConfigurationType "APPMESH"
---@alias awsjobs.ecs.ResourceManagementType "CUSTOMER"|"ECS"
---@alias awsjobs.ecs.ResourceType "GPU"|"InferenceAccelerator"
---@alias awsjobs.ecs.ScaleUnit "PERCENT"
---@alias awsjobs.ecs.SchedulingStrategy "REPLICA"|"DAEMON"
---@alias awsjobs.ecs.Scope "task"|"shared"
---@alias awsjobs.ecs.ServiceConnectAccessLoggingFormat "TEXT"|"JSON"
---@alias awsjobs.ecs.ServiceConnectIncludeQueryParameters "DISABLED"|"ENABLED"
---@alias awsjobs.ecs.ServiceDeploymentLifecycleStage "RECONCILE_SERVICE"|"PRE_SCALE_UP"|"SCALE_UP"|"POST_SCALE_UP"|"TEST_TRAFFIC_SHIFT"|"POST_TEST_TRAFFIC_SHIFT"|"PRODUCTION_TRAFFIC_SHIFT"|"POST_PRODUCTION_TRAFFIC_SHIFT"|"BAKE_TIME"|"CLEAN_UP"
---@alias awsjobs.ecs.ServiceDeploymentRollbackMonitorsStatus "TRIGGERED"|"MONITORING"|"MONITORING_COMPLETE"|"DISABLED"
---@alias awsjobs.ecs.ServiceDeploymentStatus "PENDING"|"SUCCESSFUL"|"STOPPED"|"STOP_REQUESTED"|"IN_PROGRESS"|"ROLLBACK_REQUESTED"|"ROLLBACK_IN_PROGRESS"|"ROLLBACK_SUCCESSFUL"|"ROLLBACK_FAILED"
---@alias awsjobs.ecs.ServiceField "TAGS"
---@alias awsjobs.ecs.SettingName "serviceLongArnFormat"|"taskLongArnFormat"|"containerInstanceLongArnFormat"|"awsvpcTrunking"|"containerInsights"|"fargateFIPSMode"|"tagResourceAuthorization"|"fargateTaskRetirementWaitPeriod"|"guardDutyActivate"|"defaultLogDriverMode"|"fargateEventWindows"
---@alias awsjobs.ecs.SettingType "user"|"aws_managed"
---@alias awsjobs.ecs.SortOrder "ASC"|"DESC"
---@alias awsjobs.ecs.StabilityStatus "STEADY_STATE"|"STABILIZING"
---@alias awsjobs.ecs.StopServiceDeploymentStopType "ABORT"|"ROLLBACK"
---@alias awsjobs.ecs.TargetType "container-instance"
---@alias awsjobs.ecs.TaskDefinitionFamilyStatus "ACTIVE"|"INACTIVE"|"ALL"
---@alias awsjobs.ecs.TaskDefinitionField "TAGS"
---@alias awsjobs.ecs.TaskDefinitionPlacementConstraintType "memberOf"
---@alias awsjobs.ecs.TaskDefinitionStatus "ACTIVE"|"INACTIVE"|"DELETE_IN_PROGRESS"
---@alias awsjobs.ecs.TaskField "TAGS"
---@alias awsjobs.ecs.TaskFilesystemType "ext3"|"ext4"|"xfs"|"ntfs"
---@alias awsjobs.ecs.TaskSetField "TAGS"
---@alias awsjobs.ecs.TaskStopCode "TaskFailedToStart"|"EssentialContainerExited"|"UserInitiated"|"ServiceSchedulerInitiated"|"SpotInterruption"|"TerminationNotice"
---@alias awsjobs.ecs.TransportProtocol "tcp"|"udp"
---@alias awsjobs.ecs.UlimitName "core"|"cpu"|"data"|"fsize"|"locks"|"memlock"|"msgqueue"|"nice"|"nofile"|"nproc"|"rss"|"rtprio"|"rttime"|"sigpending"|"stack"
---@alias awsjobs.ecs.VersionConsistency "enabled"|"disabled"

---The minimum and maximum number of accelerators (such as GPUs) for instance type selection.
---@class awsjobs.ecs.AcceleratorCountRequest
---@field min? integer The minimum number of accelerators.
---@field max? integer The maximum number of accelerators.

---The minimum and maximum total accelerator memory in mebibytes (MiB) for instance type selection.
---@class awsjobs.ecs.AcceleratorTotalMemoryMiBRequest
---@field min? integer The minimum total accelerator memory in MiB.
---@field max? integer The maximum total accelerator memory in MiB.

---You don't have authorization to perform the requested action.
---(The members of `err.data` when `err.code` is AccessDeniedException.)
---@class awsjobs.ecs.AccessDeniedException
---@field message? string Message that describes the cause of the exception.

---The advanced settings for a load balancer used in blue/green deployments.
---@class awsjobs.ecs.AdvancedConfiguration
---@field alternateTargetGroupArn? string The Amazon Resource Name (ARN) of the alternate target group for Amazon ECS blue/green deployments.
---@field productionListenerRule? string The Amazon Resource Name (ARN) that that identifies the production listener rule (in the case of an Application Load Balancer) or listener (in the case for...
---@field testListenerRule? string The Amazon Resource Name (ARN) that identifies ) that identifies the test listener rule (in the case of an Application Load Balancer) or listener (in the...
---@field roleArn? string The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call the Elastic Load Balancing APIs for you.

---An object representing a container instance or task attachment.
---@class awsjobs.ecs.Attachment
---@field id? string The unique identifier for the attachment.
---@field type? string The type of the attachment, such as ElasticNetworkInterface, Service Connect, and AmazonElasticBlockStorage.
---@field status? string The status of the attachment.
---@field details? awsjobs.ecs.KeyValuePair[] Details of the attachment.

---An object representing a change in state for a task attachment.
---@class awsjobs.ecs.AttachmentStateChange
---@field attachmentArn string The Amazon Resource Name (ARN) of the attachment.
---@field status string The status of the attachment.

---An attribute is a name-value pair that's associated with an Amazon ECS object.
---@class awsjobs.ecs.Attribute
---@field name string The name of the attribute.
---@field value? string The value of the attribute.
---@field targetType? awsjobs.ecs.TargetType The type of the target to attach the attribute with.
---@field targetId? string The ID of the target.

---You can apply up to 10 custom attributes for each resource.
---(The members of `err.data` when `err.code` is AttributeLimitExceededException.)
---@class awsjobs.ecs.AttributeLimitExceededException
---@field message? string Message that describes the cause of the exception.

---The auto repair configuration for an Amazon ECS Managed Instances capacity provider.
---@class awsjobs.ecs.AutoRepairConfiguration
---@field actionsStatus? awsjobs.ecs.AutoRepairActionsStatus The status of auto repair actions for the capacity provider.

---The details of the Auto Scaling group for the capacity provider.
---@class awsjobs.ecs.AutoScalingGroupProvider
---@field autoScalingGroupArn string The Amazon Resource Name (ARN) that identifies the Auto Scaling group, or the Auto Scaling group name.
---@field managedScaling? awsjobs.ecs.ManagedScaling The managed scaling settings for the Auto Scaling group capacity provider.
---@field managedTerminationProtection? awsjobs.ecs.ManagedTerminationProtection The managed termination protection setting to use for the Auto Scaling group capacity provider.
---@field managedDraining? awsjobs.ecs.ManagedDraining The managed draining option for the Auto Scaling group capacity provider.

---The details of the Auto Scaling group capacity provider to update.
---@class awsjobs.ecs.AutoScalingGroupProviderUpdate
---@field managedScaling? awsjobs.ecs.ManagedScaling The managed scaling settings for the Auto Scaling group capacity provider.
---@field managedTerminationProtection? awsjobs.ecs.ManagedTerminationProtection The managed termination protection setting to use for the Auto Scaling group capacity provider.
---@field managedDraining? awsjobs.ecs.ManagedDraining The managed draining option for the Auto Scaling group capacity provider.

---An object representing the networking details for a task or service.
---@class awsjobs.ecs.AwsVpcConfiguration
---@field subnets string[] The IDs of the subnets associated with the task or service.
---@field securityGroups? string[] The IDs of the security groups associated with the task or service.
---@field assignPublicIp? awsjobs.ecs.AssignPublicIp Whether the task's elastic network interface receives a public IP address.

---The minimum and maximum baseline Amazon EBS bandwidth in megabits per second (Mbps) for instance type selection.
---@class awsjobs.ecs.BaselineEbsBandwidthMbpsRequest
---@field min? integer The minimum baseline Amazon EBS bandwidth in Mbps.
---@field max? integer The maximum baseline Amazon EBS bandwidth in Mbps.

---Your Amazon Web Services account was blocked.
---(The members of `err.data` when `err.code` is BlockedException.)
---@class awsjobs.ecs.BlockedException
---@field message? string Message that describes the cause of the exception.

---Configuration for a canary deployment strategy that shifts a fixed percentage of traffic to the new service revision, waits for a specified bake time, then shifts the remaining traffic.
---@class awsjobs.ecs.CanaryConfiguration
---@field canaryPercent? number The percentage of production traffic to shift to the new service revision during the canary phase.
---@field canaryBakeTimeInMinutes? integer The amount of time in minutes to wait during the canary phase before shifting the remaining production traffic to the new service revision.

---The details for a capacity provider.
---@class awsjobs.ecs.CapacityProvider
---@field capacityProviderArn? string The Amazon Resource Name (ARN) that identifies the capacity provider.
---@field name? string The name of the capacity provider.
---@field cluster? string The cluster that this capacity provider is associated with.
---@field status? awsjobs.ecs.CapacityProviderStatus The current status of the capacity provider.
---@field autoScalingGroupProvider? awsjobs.ecs.AutoScalingGroupProvider The Auto Scaling group settings for the capacity provider.
---@field managedInstancesProvider? awsjobs.ecs.ManagedInstancesProvider The configuration for the Amazon ECS Managed Instances provider.
---@field updateStatus? awsjobs.ecs.CapacityProviderUpdateStatus The update status of the capacity provider.
---@field updateStatusReason? string The update status reason.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the capacity provider to help you categorize and organize it.
---@field type? awsjobs.ecs.CapacityProviderType The type of capacity provider.

---The details of a capacity provider strategy.
---@class awsjobs.ecs.CapacityProviderStrategyItem
---@field capacityProvider string The short name of the capacity provider.
---@field weight? integer The weight value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider.
---@field base? integer The base value designates how many tasks, at a minimum, to run on the specified capacity provider for each service.

---The Capacity Reservation configurations to be used when using the RESERVED capacity option type.
---@class awsjobs.ecs.CapacityReservationRequest
---@field reservationGroupArn? string The ARN of the Capacity Reservation resource group in which to run the instance.
---@field reservationPreference? awsjobs.ecs.CapacityReservationPreference The preference on when capacity reservations should be used.

---These errors are usually caused by a client action.
---(The members of `err.data` when `err.code` is ClientException.)
---@class awsjobs.ecs.ClientException
---@field message? string Message that describes the cause of the exception.

---A regional grouping of one or more container instances where you can run task requests.
---@class awsjobs.ecs.Cluster
---@field clusterArn? string The Amazon Resource Name (ARN) that identifies the cluster.
---@field clusterName? string A user-generated string that you use to identify your cluster.
---@field configuration? awsjobs.ecs.ClusterConfiguration The execute command and managed storage configuration for the cluster.
---@field status? string The status of the cluster.
---@field registeredContainerInstancesCount? integer The number of container instances registered into the cluster.
---@field runningTasksCount? integer The number of tasks in the cluster that are in the RUNNING state.
---@field pendingTasksCount? integer The number of tasks in the cluster that are in the PENDING state.
---@field activeServicesCount? integer The number of services that are running on the cluster in an ACTIVE state.
---@field statistics? awsjobs.ecs.KeyValuePair[] Additional information about your clusters that are separated by launch type.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the cluster to help you categorize and organize them.
---@field settings? awsjobs.ecs.ClusterSetting[] The settings for the cluster.
---@field capacityProviders? string[] The capacity providers associated with the cluster.
---@field defaultCapacityProviderStrategy? awsjobs.ecs.CapacityProviderStrategyItem[] The default capacity provider strategy for the cluster.
---@field attachments? awsjobs.ecs.Attachment[] The resources attached to a cluster.
---@field attachmentsStatus? string The status of the capacity providers associated with the cluster.
---@field serviceConnectDefaults? awsjobs.ecs.ClusterServiceConnectDefaults Use this parameter to set a default Service Connect namespace.

---The execute command and managed storage configuration for the cluster.
---@class awsjobs.ecs.ClusterConfiguration
---@field executeCommandConfiguration? awsjobs.ecs.ExecuteCommandConfiguration The details of the execute command configuration.
---@field managedStorageConfiguration? awsjobs.ecs.ManagedStorageConfiguration The details of the managed storage configuration.

---The cluster contains one or more capacity providers that prevent the requested operation.
---(The members of `err.data` when `err.code` is ClusterContainsCapacityProviderException.)
---@class awsjobs.ecs.ClusterContainsCapacityProviderException
---@field message? string Message that describes the cause of the exception.

---You can't delete a cluster that has registered container instances.
---(The members of `err.data` when `err.code` is ClusterContainsContainerInstancesException.)
---@class awsjobs.ecs.ClusterContainsContainerInstancesException
---@field message? string Message that describes the cause of the exception.

---You can't delete a cluster that contains services.
---(The members of `err.data` when `err.code` is ClusterContainsServicesException.)
---@class awsjobs.ecs.ClusterContainsServicesException
---@field message? string Message that describes the cause of the exception.

---You can't delete a cluster that has active tasks.
---(The members of `err.data` when `err.code` is ClusterContainsTasksException.)
---@class awsjobs.ecs.ClusterContainsTasksException
---@field message? string Message that describes the cause of the exception.

---The specified cluster wasn't found.
---(The members of `err.data` when `err.code` is ClusterNotFoundException.)
---@class awsjobs.ecs.ClusterNotFoundException
---@field message? string Message that describes the cause of the exception.

---Use this parameter to set a default Service Connect namespace.
---@class awsjobs.ecs.ClusterServiceConnectDefaults
---@field namespace? string The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace.

---Use this parameter to set a default Service Connect namespace.
---@class awsjobs.ecs.ClusterServiceConnectDefaultsRequest
---@field namespace string The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace that's used when you create a service and don't specify a Service Connect...

---The settings to use when creating a cluster.
---@class awsjobs.ecs.ClusterSetting
---@field name? awsjobs.ecs.ClusterSettingName The name of the cluster setting.
---@field value? string The value to set for the cluster setting.

---The request could not be processed because of conflict in the current state of the resource.
---(The members of `err.data` when `err.code` is ConflictException.)
---@class awsjobs.ecs.ConflictException
---@field resourceIds? string[] The existing task ARNs which are already associated with the clientToken.
---@field message? string Message that describes the cause of the exception.

---A Docker container that's part of a task.
---@class awsjobs.ecs.Container
---@field containerArn? string The Amazon Resource Name (ARN) of the container.
---@field taskArn? string The ARN of the task.
---@field name? string The name of the container.
---@field image? string The image used for the container.
---@field imageDigest? string The container image manifest digest.
---@field runtimeId? string The ID of the Docker container.
---@field lastStatus? string The last known status of the container.
---@field exitCode? integer The exit code returned from the container.
---@field reason? string A short (1024 max characters) human-readable string to provide additional details about a running or stopped container.
---@field networkBindings? awsjobs.ecs.NetworkBinding[] The network bindings associated with the container.
---@field networkInterfaces? awsjobs.ecs.NetworkInterface[] The network interfaces associated with the container.
---@field healthStatus? awsjobs.ecs.HealthStatus The health status of the container.
---@field managedAgents? awsjobs.ecs.ManagedAgent[] The details of any Amazon ECS managed agents associated with the container.
---@field cpu? string The number of CPU units set for the container.
---@field memory? string The hard limit (in MiB) of memory set for the container.
---@field memoryReservation? string The soft limit (in MiB) of memory set for the container.
---@field gpuIds? string[] The IDs of each GPU assigned to the container.

---Container definitions are used in task definitions to describe the different containers that are launched as part of a task.
---@class awsjobs.ecs.ContainerDefinition
---@field name? string The name of a container.
---@field image? string The image used to start a container.
---@field repositoryCredentials? awsjobs.ecs.RepositoryCredentials The private repository authentication credentials to use.
---@field cpu? integer The number of cpu units reserved for the container.
---@field memory? integer The amount (in MiB) of memory to present to the container.
---@field memoryReservation? integer The soft limit (in MiB) of memory to reserve for the container.
---@field links? string[] The links parameter allows containers to communicate with each other without the need for port mappings.
---@field portMappings? awsjobs.ecs.PortMapping[] The list of port mappings for the container.
---@field essential? boolean If the essential parameter of a container is marked as true, and that container fails or stops for any reason, all other containers that are part of the...
---@field restartPolicy? awsjobs.ecs.ContainerRestartPolicy The restart policy for a container.
---@field entryPoint? string[] Important: Early versions of the Amazon ECS container agent don't properly handle entryPoint parameters.
---@field command? string[] The command that's passed to the container.
---@field environment? awsjobs.ecs.KeyValuePair[] The environment variables to pass to a container.
---@field environmentFiles? awsjobs.ecs.EnvironmentFile[] A list of files containing the environment variables to pass to a container.
---@field mountPoints? awsjobs.ecs.MountPoint[] The mount points for data volumes in your container.
---@field volumesFrom? awsjobs.ecs.VolumeFrom[] Data volumes to mount from another container.
---@field linuxParameters? awsjobs.ecs.LinuxParameters Linux-specific modifications that are applied to the default Docker container configuration, such as Linux kernel capabilities.
---@field secrets? awsjobs.ecs.Secret[] The secrets to pass to the container.
---@field dependsOn? awsjobs.ecs.ContainerDependency[] The dependencies defined for container startup and shutdown.
---@field startTimeout? integer Time duration (in seconds) to wait before giving up on resolving dependencies for a container.
---@field stopTimeout? integer Time duration (in seconds) to wait before the container is forcefully killed if it doesn't exit normally on its own.
---@field versionConsistency? awsjobs.ecs.VersionConsistency Specifies whether Amazon ECS will resolve the container image tag provided in the container definition to an image digest.
---@field hostname? string The hostname to use for your container.
---@field user? string The user to use inside the container.
---@field workingDirectory? string The working directory to run commands inside the container in.
---@field disableNetworking? boolean When this parameter is true, networking is off within the container.
---@field privileged? boolean When this parameter is true, the container is given elevated privileges on the host container instance (similar to the root user).
---@field readonlyRootFilesystem? boolean When this parameter is true, the container is given read-only access to its root file system.
---@field dnsServers? string[] A list of DNS servers that are presented to the container.
---@field dnsSearchDomains? string[] A list of DNS search domains that are presented to the container.
---@field extraHosts? awsjobs.ecs.HostEntry[] A list of hostnames and IP address mappings to append to the /etc/hosts file on the container.
---@field dockerSecurityOptions? string[] A list of strings to provide custom configuration for multiple security systems.
---@field interactive? boolean When this parameter is true, you can deploy containerized applications that require stdin or a tty to be allocated.
---@field pseudoTerminal? boolean When this parameter is true, a TTY is allocated.
---@field dockerLabels? table<string, string> A key/value map of labels to add to the container.
---@field ulimits? awsjobs.ecs.Ulimit[] A list of ulimits to set in the container.
---@field logConfiguration? awsjobs.ecs.LogConfiguration The log configuration specification for the container.
---@field healthCheck? awsjobs.ecs.HealthCheck The container health check command and associated configuration parameters for the container.
---@field systemControls? awsjobs.ecs.SystemControl[] A list of namespaced kernel parameters to set in the container.
---@field resourceRequirements? awsjobs.ecs.ResourceRequirement[] The type and amount of a resource to assign to a container.
---@field firelensConfiguration? awsjobs.ecs.FirelensConfiguration The FireLens configuration for the container.
---@field credentialSpecs? string[] A list of ARNs in SSM or Amazon S3 to a credential spec (CredSpec) file that configures the container for Active Directory authentication.

---The dependencies defined for container startup and shutdown.
---@class awsjobs.ecs.ContainerDependency
---@field containerName string The name of a container.
---@field condition awsjobs.ecs.ContainerCondition The dependency condition of the container.

---The details about the container image a service revision uses.
---@class awsjobs.ecs.ContainerImage
---@field containerName? string The name of the container.
---@field imageDigest? string The container image digest.
---@field image? string The container image.

---An Amazon EC2 or External instance that's running the Amazon ECS agent and has been registered with a cluster.
---@class awsjobs.ecs.ContainerInstance
---@field containerInstanceArn? string The Amazon Resource Name (ARN) of the container instance.
---@field ec2InstanceId? string The ID of the container instance.
---@field capacityProviderName? string The capacity provider that's associated with the container instance.
---@field version? integer The version counter for the container instance.
---@field versionInfo? awsjobs.ecs.VersionInfo The version information for the Amazon ECS container agent and Docker daemon running on the container instance.
---@field remainingResources? awsjobs.ecs.Resource[] For CPU and memory resource types, this parameter describes the remaining CPU and memory that wasn't already allocated to tasks and is therefore available...
---@field registeredResources? awsjobs.ecs.Resource[] For CPU and memory resource types, this parameter describes the amount of each resource that was available on the container instance when the container...
---@field status? string The status of the container instance.
---@field statusReason? string The reason that the container instance reached its current status.
---@field agentConnected? boolean This parameter returns true if the agent is connected to Amazon ECS.
---@field runningTasksCount? integer The number of tasks on the container instance that have a desired status (desiredStatus) of RUNNING.
---@field pendingTasksCount? integer The number of tasks on the container instance that are in the PENDING status.
---@field agentUpdateStatus? awsjobs.ecs.AgentUpdateStatus The status of the most recent agent update.
---@field attributes? awsjobs.ecs.Attribute[] The attributes set for the container instance, either by the Amazon ECS container agent at instance registration or manually with the PutAttributes operation.
---@field registeredAt? awsjobs.Timestamp The Unix timestamp for the time when the container instance was registered.
---@field attachments? awsjobs.ecs.Attachment[] The resources attached to a container instance, such as an elastic network interface.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the container instance to help you categorize and organize them.
---@field healthStatus? awsjobs.ecs.ContainerInstanceHealthStatus An object representing the health status of the container instance.

---An object representing the health status of the container instance.
---@class awsjobs.ecs.ContainerInstanceHealthStatus
---@field overallStatus? awsjobs.ecs.InstanceHealthCheckState The overall health status of the container instance.
---@field details? awsjobs.ecs.InstanceHealthCheckResult[] An array of objects representing the details of the container instance health status.

---The overrides that are sent to a container.
---@class awsjobs.ecs.ContainerOverride
---@field name? string The name of the container that receives the override.
---@field command? string[] The command to send to the container that overrides the default command from the Docker image or the task definition.
---@field environment? awsjobs.ecs.KeyValuePair[] The environment variables to send to the container.
---@field environmentFiles? awsjobs.ecs.EnvironmentFile[] A list of files containing the environment variables to pass to a container, instead of the value from the container definition.
---@field cpu? integer The number of cpu units reserved for the container, instead of the default value from the task definition.
---@field memory? integer The hard limit (in MiB) of memory to present to the container, instead of the default value from the task definition.
---@field memoryReservation? integer The soft limit (in MiB) of memory to reserve for the container, instead of the default value from the task definition.
---@field resourceRequirements? awsjobs.ecs.ResourceRequirement[] The type and amount of a resource to assign to a container, instead of the default value from the task definition.

---You can enable a restart policy for each container defined in your task definition, to overcome transient failures faster and maintain task availability.
---@class awsjobs.ecs.ContainerRestartPolicy
---@field enabled boolean Specifies whether a restart policy is enabled for the container.
---@field ignoredExitCodes? integer[] A list of exit codes that Amazon ECS will ignore and not attempt a restart on.
---@field restartAttemptPeriod? integer A period of time (in seconds) that the container must run for before a restart can be attempted.

---An object that represents a change in state for a container.
---@class awsjobs.ecs.ContainerStateChange
---@field containerName? string The name of the container.
---@field imageDigest? string The container image SHA 256 digest.
---@field runtimeId? string The ID of the Docker container.
---@field exitCode? integer The exit code for the container, if the state change is a result of the container exiting.
---@field networkBindings? awsjobs.ecs.NetworkBinding[] Any network bindings that are associated with the container.
---@field reason? string The reason for the state change.
---@field status? string The status of the container.

---@class awsjobs.ecs.ContinueServiceDeploymentRequest
---@field serviceDeploymentArn string The ARN of the service deployment to continue or roll back.
---@field hookId string The ID of the paused lifecycle hook to act on.
---@field action? awsjobs.ecs.DeploymentLifecycleHookAction The action to take on the paused lifecycle hook.

---@class awsjobs.ecs.ContinueServiceDeploymentResponse
---@field serviceDeploymentArn? string The ARN of the service deployment that was continued or rolled back.

---@class awsjobs.ecs.CreateCapacityProviderRequest
---@field name string The name of the capacity provider.
---@field cluster? string The name of the cluster to associate with the capacity provider.
---@field autoScalingGroupProvider? awsjobs.ecs.AutoScalingGroupProvider The details of the Auto Scaling group for the capacity provider.
---@field managedInstancesProvider? awsjobs.ecs.CreateManagedInstancesProviderConfiguration The configuration for the Amazon ECS Managed Instances provider.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the capacity provider to categorize and organize them more conveniently.

---@class awsjobs.ecs.CreateCapacityProviderResponse
---@field capacityProvider? awsjobs.ecs.CapacityProvider The full description of the new capacity provider.

---@class awsjobs.ecs.CreateClusterRequest
---@field clusterName? string The name of your cluster.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the cluster to help you categorize and organize them.
---@field settings? awsjobs.ecs.ClusterSetting[] The setting to use when creating a cluster.
---@field configuration? awsjobs.ecs.ClusterConfiguration The execute command configuration for the cluster.
---@field capacityProviders? string[] The short name of one or more capacity providers to associate with the cluster.
---@field defaultCapacityProviderStrategy? awsjobs.ecs.CapacityProviderStrategyItem[] The capacity provider strategy to set as the default for the cluster.
---@field serviceConnectDefaults? awsjobs.ecs.ClusterServiceConnectDefaultsRequest Use this parameter to set a default Service Connect namespace.

---@class awsjobs.ecs.CreateClusterResponse
---@field cluster? awsjobs.ecs.Cluster The full description of your new cluster.

---@class awsjobs.ecs.CreateDaemonRequest
---@field daemonName string The name of the daemon.
---@field clusterArn? string The Amazon Resource Name (ARN) of the cluster to create the daemon in.
---@field daemonTaskDefinitionArn string The Amazon Resource Name (ARN) of the daemon task definition to use for the daemon.
---@field capacityProviderArns string[] The Amazon Resource Names (ARNs) of the capacity providers to associate with the daemon.
---@field deploymentConfiguration? awsjobs.ecs.DaemonDeploymentConfiguration Optional deployment parameters that control how the daemon rolls out updates, including the drain percentage, alarm-based rollback, and bake time.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the daemon to help you categorize and organize them.
---@field propagateTags? awsjobs.ecs.DaemonPropagateTags Specifies whether to propagate the tags from the daemon to the daemon tasks.
---@field enableECSManagedTags? boolean Specifies whether to turn on Amazon ECS managed tags for the tasks in the daemon.
---@field enableExecuteCommand? boolean Determines whether the execute command functionality is turned on for the daemon.
---@field clientToken? string An identifier that you provide to ensure the idempotency of the request.

---@class awsjobs.ecs.CreateDaemonResponse
---@field daemonArn? string The Amazon Resource Name (ARN) of the daemon.
---@field status? awsjobs.ecs.DaemonStatus The status of the daemon.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon was created.
---@field deploymentArn? string The Amazon Resource Name (ARN) of the initial daemon deployment.

---@class awsjobs.ecs.CreateExpressGatewayServiceRequest
---@field executionRoleArn string The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls on...
---@field infrastructureRoleArn string The Amazon Resource Name (ARN) of the infrastructure role that grants Amazon ECS permission to create and manage Amazon Web Services resources on your...
---@field serviceName? string The name of the Express service.
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster on which to create the Express service.
---@field healthCheckPath? string The path on the container that the Application Load Balancer uses for health checks.
---@field primaryContainer awsjobs.ecs.ExpressGatewayContainer The primary container configuration for the Express service.
---@field taskRoleArn? string The Amazon Resource Name (ARN) of the IAM role that containers in this task can assume.
---@field networkConfiguration? awsjobs.ecs.ExpressGatewayServiceNetworkConfiguration The network configuration for the Express service tasks.
---@field cpu? string The number of CPU units used by the task.
---@field memory? string The amount of memory (in MiB) used by the task.
---@field scalingTarget? awsjobs.ecs.ExpressGatewayScalingTarget The auto-scaling configuration for the Express service.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the Express service to help categorize and organize it.

---@class awsjobs.ecs.CreateExpressGatewayServiceResponse
---@field service? awsjobs.ecs.ECSExpressGatewayService The full description of your Express service following the create operation.

---The configuration for creating a Amazon ECS Managed Instances provider.
---@class awsjobs.ecs.CreateManagedInstancesProviderConfiguration
---@field infrastructureRoleArn string The Amazon Resource Name (ARN) of the infrastructure role that Amazon ECS uses to manage instances on your behalf.
---@field instanceLaunchTemplate awsjobs.ecs.InstanceLaunchTemplate The launch template configuration that specifies how Amazon ECS should launch Amazon EC2 instances.
---@field propagateTags? awsjobs.ecs.PropagateMITags Specifies whether to propagate tags from the capacity provider to the Amazon ECS Managed Instances.
---@field infrastructureOptimization? awsjobs.ecs.InfrastructureOptimization Defines how Amazon ECS Managed Instances optimizes the infrastastructure in your capacity provider.
---@field autoRepairConfiguration? awsjobs.ecs.AutoRepairConfiguration The auto repair configuration for the Amazon ECS Managed Instances capacity provider.

---@class awsjobs.ecs.CreateServiceRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that you run your service on.
---@field serviceName string The name of your service.
---@field taskDefinition? string The family and revision (family:revision) or full ARN of the task definition to run in your service.
---@field availabilityZoneRebalancing? awsjobs.ecs.AvailabilityZoneRebalancing Indicates whether to use Availability Zone rebalancing for the service.
---@field loadBalancers? awsjobs.ecs.LoadBalancer[] A load balancer object representing the load balancers to use with your service.
---@field serviceRegistries? awsjobs.ecs.ServiceRegistry[] The details of the service discovery registry to associate with this service.
---@field desiredCount? integer The number of instantiations of the specified task definition to place and keep running in your service.
---@field clientToken? string An identifier that you provide to ensure the idempotency of the request.
---@field launchType? awsjobs.ecs.LaunchType The infrastructure that you run your service on.
---@field capacityProviderStrategy? awsjobs.ecs.CapacityProviderStrategyItem[] The capacity provider strategy to use for the service.
---@field platformVersion? string The platform version that your tasks in the service are running on.
---@field role? string The name or full Amazon Resource Name (ARN) of the IAM role that allows Amazon ECS to make calls to your load balancer on your behalf.
---@field deploymentConfiguration? awsjobs.ecs.DeploymentConfiguration Optional deployment parameters that control how many tasks run during the deployment and the ordering of stopping and starting tasks.
---@field placementConstraints? awsjobs.ecs.PlacementConstraint[] An array of placement constraint objects to use for tasks in your service.
---@field placementStrategy? awsjobs.ecs.PlacementStrategy[] The placement strategy objects to use for tasks in your service.
---@field networkConfiguration? awsjobs.ecs.NetworkConfiguration The network configuration for the service.
---@field healthCheckGracePeriodSeconds? integer The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy Elastic Load Balancing, VPC Lattice, and container health checks...
---@field schedulingStrategy? awsjobs.ecs.SchedulingStrategy The scheduling strategy to use for the service.
---@field deploymentController? awsjobs.ecs.DeploymentController The deployment controller to use for the service.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the service to help you categorize and organize them.
---@field enableECSManagedTags? boolean Specifies whether to turn on Amazon ECS managed tags for the tasks within the service.
---@field propagateTags? awsjobs.ecs.PropagateTags Specifies whether to propagate the tags from the task definition to the task.
---@field enableExecuteCommand? boolean Determines whether the execute command functionality is turned on for the service.
---@field serviceConnectConfiguration? awsjobs.ecs.ServiceConnectConfiguration The configuration for this service to discover and connect to services, and be discovered by, and connected from, other services within a namespace.
---@field volumeConfigurations? awsjobs.ecs.ServiceVolumeConfiguration[] The configuration for a volume specified in the task definition as a volume that is configured at launch time.
---@field vpcLatticeConfigurations? awsjobs.ecs.VpcLatticeConfiguration[] The VPC Lattice configuration for the service being created.

---@class awsjobs.ecs.CreateServiceResponse
---@field service? awsjobs.ecs.Service The full description of your service following the create call.

---@class awsjobs.ecs.CreateTaskSetRequest
---@field service string The short name or full Amazon Resource Name (ARN) of the service to create the task set in.
---@field cluster string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service to create the task set in.
---@field externalId? string An optional non-unique tag that identifies this task set in external systems.
---@field taskDefinition string The task definition for the tasks in the task set to use.
---@field networkConfiguration? awsjobs.ecs.NetworkConfiguration An object representing the network configuration for a task set.
---@field loadBalancers? awsjobs.ecs.LoadBalancer[] A load balancer object representing the load balancer to use with the task set.
---@field serviceRegistries? awsjobs.ecs.ServiceRegistry[] The details of the service discovery registries to assign to this task set.
---@field launchType? awsjobs.ecs.LaunchType The launch type that new tasks in the task set uses.
---@field capacityProviderStrategy? awsjobs.ecs.CapacityProviderStrategyItem[] The capacity provider strategy to use for the task set.
---@field platformVersion? string The platform version that the tasks in the task set uses.
---@field scale? awsjobs.ecs.Scale A floating-point percentage of the desired number of tasks to place and keep running in the task set.
---@field clientToken? string An identifier that you provide to ensure the idempotency of the request.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the task set to help you categorize and organize them.

---@class awsjobs.ecs.CreateTaskSetResponse
---@field taskSet? awsjobs.ecs.TaskSet Information about a set of Amazon ECS tasks in either an CodeDeploy or an EXTERNAL deployment.

---The optional filter to narrow the ListServiceDeployment results.
---@class awsjobs.ecs.CreatedAt
---@field before? awsjobs.Timestamp Include service deployments in the result that were created before this time.
---@field after? awsjobs.Timestamp Include service deployments in the result that were created after this time.

---The CloudWatch alarm configuration for a daemon.
---@class awsjobs.ecs.DaemonAlarmConfiguration
---@field alarmNames? string[] The CloudWatch alarm names to monitor during a daemon deployment.
---@field enable? boolean Determines whether to use the CloudWatch alarm option in the daemon deployment process.

---Information about a capacity provider associated with a daemon revision.
---@class awsjobs.ecs.DaemonCapacityProvider
---@field arn? string The Amazon Resource Name (ARN) of the capacity provider.
---@field runningCount? integer The number of daemon tasks running on this capacity provider.

---Information about the circuit breaker used to determine when a daemon deployment has failed.
---@class awsjobs.ecs.DaemonCircuitBreaker
---@field failureCount? integer The number of times the circuit breaker detected a daemon deployment failure.
---@field status? awsjobs.ecs.DaemonDeploymentRollbackMonitorsStatus The circuit breaker status.
---@field threshold? integer The threshold which determines that the daemon deployment failed.

---A container definition for a daemon task.
---@class awsjobs.ecs.DaemonContainerDefinition
---@field name? string The name of the container.
---@field image string The image used to start the container.
---@field memory? integer The amount (in MiB) of memory to present to the container.
---@field memoryReservation? integer The soft limit (in MiB) of memory to reserve for the container.
---@field repositoryCredentials? awsjobs.ecs.RepositoryCredentials The private repository authentication credentials to use.
---@field healthCheck? awsjobs.ecs.HealthCheck The container health check command and associated configuration parameters for the container.
---@field cpu? integer The number of cpu units reserved for the container.
---@field essential? boolean If the essential parameter of a container is marked as true, and that container fails or stops for any reason, all other containers that are part of the...
---@field entryPoint? string[] The entry point that's passed to the container.
---@field command? string[] The command that's passed to the container.
---@field workingDirectory? string The working directory to run commands inside the container in.
---@field environmentFiles? awsjobs.ecs.EnvironmentFile[] A list of files containing the environment variables to pass to a container.
---@field environment? awsjobs.ecs.KeyValuePair[] The environment variables to pass to a container.
---@field secrets? awsjobs.ecs.Secret[] The secrets to pass to the container.
---@field readonlyRootFilesystem? boolean When this parameter is true, the container is given read-only access to its root file system.
---@field mountPoints? awsjobs.ecs.MountPoint[] The mount points for data volumes in your container.
---@field logConfiguration? awsjobs.ecs.LogConfiguration The log configuration specification for the container.
---@field firelensConfiguration? awsjobs.ecs.FirelensConfiguration The FireLens configuration for the container.
---@field privileged? boolean When this parameter is true, the container is given elevated privileges on the host container instance (similar to the root user).
---@field user? string The user to use inside the container.
---@field ulimits? awsjobs.ecs.Ulimit[] A list of ulimits to set in the container.
---@field linuxParameters? awsjobs.ecs.DaemonLinuxParameters Linux-specific modifications that are applied to the container configuration, such as Linux kernel capabilities.
---@field dependsOn? awsjobs.ecs.ContainerDependency[] The dependencies defined for container startup and shutdown.
---@field startTimeout? integer Time duration (in seconds) to wait before giving up on resolving dependencies for a container.
---@field stopTimeout? integer Time duration (in seconds) to wait before the container is forcefully killed if it doesn't exit normally on its own.
---@field systemControls? awsjobs.ecs.SystemControl[] A list of namespaced kernel parameters to set in the container.
---@field interactive? boolean When this parameter is true, you can deploy containerized applications that require stdin or a tty to be allocated.
---@field pseudoTerminal? boolean When this parameter is true, a TTY is allocated.
---@field restartPolicy? awsjobs.ecs.ContainerRestartPolicy The restart policy for the container.

---The details about the container image a daemon revision uses.
---@class awsjobs.ecs.DaemonContainerImage
---@field containerName? string The name of the container.
---@field imageDigest? string The container image digest.
---@field image? string The container image.

---Information about a daemon deployment.
---@class awsjobs.ecs.DaemonDeployment
---@field daemonDeploymentArn? string The Amazon Resource Name (ARN) of the daemon deployment.
---@field clusterArn? string The Amazon Resource Name (ARN) of the cluster that hosts the daemon.
---@field status? awsjobs.ecs.DaemonDeploymentStatus The status of the daemon deployment.
---@field statusReason? string Information about why the daemon deployment is in the current status.
---@field targetDaemonRevision? awsjobs.ecs.DaemonDeploymentRevisionDetail The daemon revision being deployed.
---@field sourceDaemonRevisions? awsjobs.ecs.DaemonDeploymentRevisionDetail[] The currently deployed daemon revisions that are being replaced.
---@field circuitBreaker? awsjobs.ecs.DaemonCircuitBreaker The circuit breaker configuration that determines when a daemon deployment has failed.
---@field alarms? awsjobs.ecs.DaemonDeploymentAlarms The CloudWatch alarms that determine when a daemon deployment fails.
---@field rollback? awsjobs.ecs.DaemonRollback The rollback options for the daemon deployment.
---@field deploymentConfiguration? awsjobs.ecs.DaemonDeploymentConfiguration The deployment configuration used for this daemon deployment.
---@field createdAt? awsjobs.Timestamp The time the daemon deployment was created.
---@field startedAt? awsjobs.Timestamp The time the daemon deployment started.
---@field stoppedAt? awsjobs.Timestamp The time the daemon deployment stopped.
---@field finishedAt? awsjobs.Timestamp The time the daemon deployment finished.

---The CloudWatch alarms used to determine a daemon deployment failed.
---@class awsjobs.ecs.DaemonDeploymentAlarms
---@field status? awsjobs.ecs.DaemonDeploymentRollbackMonitorsStatus The status of the alarms check.
---@field alarmNames? string[] The name of the CloudWatch alarms that determine when a daemon deployment failed.
---@field triggeredAlarmNames? string[] One or more CloudWatch alarm names that have been triggered during the daemon deployment.

---Information about a capacity provider during a daemon deployment.
---@class awsjobs.ecs.DaemonDeploymentCapacityProvider
---@field arn? string The Amazon Resource Name (ARN) of the capacity provider.
---@field runningInstanceCount? integer The number of instances running daemon tasks on this capacity provider.
---@field drainingInstanceCount? integer The number of instances being drained on this capacity provider during the deployment.

---Optional deployment parameters that control how a daemon rolls out updates across container instances.
---@class awsjobs.ecs.DaemonDeploymentConfiguration
---@field drainPercent? number The percentage of container instances to drain simultaneously during a daemon deployment.
---@field alarms? awsjobs.ecs.DaemonAlarmConfiguration The CloudWatch alarm configuration for the daemon deployment.
---@field bakeTimeInMinutes? integer The amount of time (in minutes) to wait after a successful deployment step before proceeding.

---Details about a daemon revision during a deployment, including running and draining instance counts per capacity provider.
---@class awsjobs.ecs.DaemonDeploymentRevisionDetail
---@field arn? string The Amazon Resource Name (ARN) of the daemon revision.
---@field capacityProviders? awsjobs.ecs.DaemonDeploymentCapacityProvider[] The capacity providers associated with this daemon revision during the deployment.
---@field totalRunningInstanceCount? integer The total number of instances running daemon tasks for this revision.
---@field totalDrainingInstanceCount? integer The total number of instances being drained for this revision during the deployment.

---A summary of a daemon deployment.
---@class awsjobs.ecs.DaemonDeploymentSummary
---@field daemonDeploymentArn? string The Amazon Resource Name (ARN) of the daemon deployment.
---@field daemonArn? string The Amazon Resource Name (ARN) of the daemon.
---@field clusterArn? string The Amazon Resource Name (ARN) of the cluster that hosts the daemon.
---@field status? awsjobs.ecs.DaemonDeploymentStatus The status of the daemon deployment.
---@field statusReason? string Information about why the daemon deployment is in the current status.
---@field targetDaemonRevisionArn? string The ARN of the daemon revision being deployed.
---@field createdAt? awsjobs.Timestamp The time the daemon deployment was created.
---@field startedAt? awsjobs.Timestamp The time the daemon deployment started.
---@field stoppedAt? awsjobs.Timestamp The time the daemon deployment stopped.
---@field finishedAt? awsjobs.Timestamp The time the daemon deployment finished.

---The detailed information about a daemon.
---@class awsjobs.ecs.DaemonDetail
---@field daemonArn? string The Amazon Resource Name (ARN) of the daemon.
---@field clusterArn? string The Amazon Resource Name (ARN) of the cluster that the daemon is running in.
---@field status? awsjobs.ecs.DaemonStatus The status of the daemon.
---@field currentRevisions? awsjobs.ecs.DaemonRevisionDetail[] The current daemon revision details, including the running task counts per capacity provider.
---@field deploymentArn? string The Amazon Resource Name (ARN) of the most recent daemon deployment.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon was created.
---@field updatedAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon was last updated.

---The Linux-specific options that are applied to the daemon container, such as Linux kernel capabilities.
---@class awsjobs.ecs.DaemonLinuxParameters
---@field capabilities? awsjobs.ecs.KernelCapabilities The Linux capabilities for the container that are added to or dropped from the default configuration provided by Docker.
---@field devices? awsjobs.ecs.Device[] Any host devices to expose to the container.
---@field initProcessEnabled? boolean Run an init process inside the container that forwards signals and reaps processes.
---@field tmpfs? awsjobs.ecs.Tmpfs[] The container path, mount options, and size (in MiB) of the tmpfs mount.

---The specified daemon isn't active.
---(The members of `err.data` when `err.code` is DaemonNotActiveException.)
---@class awsjobs.ecs.DaemonNotActiveException
---@field message? string Message that describes the cause of the exception.

---The specified daemon wasn't found.
---(The members of `err.data` when `err.code` is DaemonNotFoundException.)
---@class awsjobs.ecs.DaemonNotFoundException
---@field message? string Message that describes the cause of the exception.

---Information about a daemon revision.
---@class awsjobs.ecs.DaemonRevision
---@field daemonRevisionArn? string The Amazon Resource Name (ARN) of the daemon revision.
---@field clusterArn? string The Amazon Resource Name (ARN) of the cluster that hosts the daemon.
---@field daemonArn? string The Amazon Resource Name (ARN) of the daemon for this revision.
---@field daemonTaskDefinitionArn? string The Amazon Resource Name (ARN) of the daemon task definition used by this revision.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon revision was created.
---@field containerImages? awsjobs.ecs.DaemonContainerImage[] The container images used by the daemon revision.
---@field propagateTags? awsjobs.ecs.DaemonPropagateTags Specifies whether tags are propagated from the daemon to the daemon tasks.
---@field enableECSManagedTags? boolean Specifies whether Amazon ECS managed tags are turned on for the daemon tasks.
---@field enableExecuteCommand? boolean Specifies whether the execute command functionality is turned on for the daemon tasks.

---Details about a daemon revision, including the running task counts per capacity provider.
---@class awsjobs.ecs.DaemonRevisionDetail
---@field arn? string The Amazon Resource Name (ARN) of the daemon revision.
---@field capacityProviders? awsjobs.ecs.DaemonCapacityProvider[] The capacity providers associated with this daemon revision.
---@field totalRunningCount? integer The total number of daemon tasks running for this revision.

---Information about a daemon deployment rollback.
---@class awsjobs.ecs.DaemonRollback
---@field reason? string The reason the rollback happened.
---@field startedAt? awsjobs.Timestamp The time that the rollback started.
---@field rollbackTargetDaemonRevisionArn? string The ARN of the daemon revision deployed as part of the rollback.
---@field rollbackCapacityProviders? string[] The capacity providers involved in the rollback.

---A summary of a daemon.
---@class awsjobs.ecs.DaemonSummary
---@field daemonArn? string The Amazon Resource Name (ARN) of the daemon.
---@field status? awsjobs.ecs.DaemonStatus The status of the daemon.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon was created.
---@field updatedAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon was last updated.

---The details of a daemon task definition.
---@class awsjobs.ecs.DaemonTaskDefinition
---@field daemonTaskDefinitionArn? string The full Amazon Resource Name (ARN) of the daemon task definition.
---@field family? string The name of a family that this daemon task definition is registered to.
---@field revision? integer The revision of the daemon task in a particular family.
---@field taskRoleArn? string The short name or full Amazon Resource Name (ARN) of the IAM role that grants containers in the daemon task permission to call Amazon Web Services APIs on...
---@field executionRoleArn? string The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls on...
---@field containerDefinitions? awsjobs.ecs.DaemonContainerDefinition[] A list of container definitions in JSON format that describe the containers that make up the daemon task.
---@field volumes? awsjobs.ecs.DaemonVolume[] The list of data volume definitions for the daemon task.
---@field cpu? string The number of CPU units used by the daemon task.
---@field memory? string The amount of memory (in MiB) used by the daemon task.
---@field status? awsjobs.ecs.DaemonTaskDefinitionStatus The status of the daemon task definition.
---@field registeredAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon task definition was registered.
---@field deleteRequestedAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon task definition delete was requested.
---@field registeredBy? string The principal that registered the daemon task definition.

---A summary of a daemon task definition.
---@class awsjobs.ecs.DaemonTaskDefinitionSummary
---@field arn? string The Amazon Resource Name (ARN) of the daemon task definition.
---@field registeredAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon task definition was registered.
---@field registeredBy? string The principal that registered the daemon task definition.
---@field deleteRequestedAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon task definition delete was requested.
---@field status? awsjobs.ecs.DaemonTaskDefinitionStatus The status of the daemon task definition.

---A data volume definition for a daemon task.
---@class awsjobs.ecs.DaemonVolume
---@field name? string The name of the volume.
---@field host? awsjobs.ecs.HostVolumeProperties The contents of the host parameter determine whether your bind mount host volume persists on the host container instance and where it's stored.

---@class awsjobs.ecs.DeleteAccountSettingRequest
---@field name awsjobs.ecs.SettingName The resource name to disable the account setting for.
---@field principalArn? string The Amazon Resource Name (ARN) of the principal.

---@class awsjobs.ecs.DeleteAccountSettingResponse
---@field setting? awsjobs.ecs.Setting The account setting for the specified principal ARN.

---@class awsjobs.ecs.DeleteAttributesRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that contains the resource to delete attributes.
---@field attributes awsjobs.ecs.Attribute[] The attributes to delete from your resource.

---@class awsjobs.ecs.DeleteAttributesResponse
---@field attributes? awsjobs.ecs.Attribute[] A list of attribute objects that were successfully deleted from your resource.

---@class awsjobs.ecs.DeleteCapacityProviderRequest
---@field capacityProvider string The short name or full Amazon Resource Name (ARN) of the capacity provider to delete.
---@field cluster? string The name of the cluster that contains the capacity provider to delete.

---@class awsjobs.ecs.DeleteCapacityProviderResponse
---@field capacityProvider? awsjobs.ecs.CapacityProvider The details of the capacity provider.

---@class awsjobs.ecs.DeleteClusterRequest
---@field cluster string The short name or full Amazon Resource Name (ARN) of the cluster to delete.

---@class awsjobs.ecs.DeleteClusterResponse
---@field cluster? awsjobs.ecs.Cluster The full description of the deleted cluster.

---@class awsjobs.ecs.DeleteDaemonRequest
---@field daemonArn string The Amazon Resource Name (ARN) of the daemon to delete.

---@class awsjobs.ecs.DeleteDaemonResponse
---@field daemonArn? string The Amazon Resource Name (ARN) of the daemon.
---@field status? awsjobs.ecs.DaemonStatus The status of the daemon.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon was created.
---@field updatedAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon was last updated.
---@field deploymentArn? string The Amazon Resource Name (ARN) of the daemon deployment that was triggered by the delete operation.

---@class awsjobs.ecs.DeleteDaemonTaskDefinitionRequest
---@field daemonTaskDefinition string The family and revision (family:revision) or full Amazon Resource Name (ARN) of the daemon task definition to delete.

---@class awsjobs.ecs.DeleteDaemonTaskDefinitionResponse
---@field daemonTaskDefinitionArn? string The full Amazon Resource Name (ARN) of the deleted daemon task definition.

---@class awsjobs.ecs.DeleteExpressGatewayServiceRequest
---@field serviceArn string The Amazon Resource Name (ARN) of the Express service to delete.

---@class awsjobs.ecs.DeleteExpressGatewayServiceResponse
---@field service? awsjobs.ecs.ECSExpressGatewayService The full description of the deleted express service.

---@class awsjobs.ecs.DeleteServiceRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service to delete.
---@field service string The name of the service to delete.
---@field force? boolean If true, allows you to delete a service even if it wasn't scaled down to zero tasks.

---@class awsjobs.ecs.DeleteServiceResponse
---@field service? awsjobs.ecs.Service The full description of the deleted service.

---@class awsjobs.ecs.DeleteTaskDefinitionsRequest
---@field taskDefinitions string[] The family and revision (family:revision) or full Amazon Resource Name (ARN) of the task definition to delete.

---@class awsjobs.ecs.DeleteTaskDefinitionsResponse
---@field taskDefinitions? awsjobs.ecs.TaskDefinition[] The list of deleted task definitions.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---@class awsjobs.ecs.DeleteTaskSetRequest
---@field cluster string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that the task set found in to delete.
---@field service string The short name or full Amazon Resource Name (ARN) of the service that hosts the task set to delete.
---@field taskSet string The task set ID or full Amazon Resource Name (ARN) of the task set to delete.
---@field force? boolean If true, you can delete a task set even if it hasn't been scaled down to zero.

---@class awsjobs.ecs.DeleteTaskSetResponse
---@field taskSet? awsjobs.ecs.TaskSet Details about the task set.

---The details of an Amazon ECS service deployment.
---@class awsjobs.ecs.Deployment
---@field id? string The ID of the deployment.
---@field status? string The status of the deployment.
---@field taskDefinition? string The most recent task definition that was specified for the tasks in the service to use.
---@field desiredCount? integer The most recent desired count of tasks that was specified for the service to deploy or maintain.
---@field pendingCount? integer The number of tasks in the deployment that are in the PENDING status.
---@field runningCount? integer The number of tasks in the deployment that are in the RUNNING status.
---@field failedTasks? integer The number of consecutively failed tasks in the deployment.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for the time when the service deployment was created.
---@field updatedAt? awsjobs.Timestamp The Unix timestamp for the time when the service deployment was last updated.
---@field capacityProviderStrategy? awsjobs.ecs.CapacityProviderStrategyItem[] The capacity provider strategy that the deployment is using.
---@field launchType? awsjobs.ecs.LaunchType The launch type the tasks in the service are using.
---@field platformVersion? string The platform version that your tasks in the service run on.
---@field platformFamily? string The operating system that your tasks in the service, or tasks are running on.
---@field networkConfiguration? awsjobs.ecs.NetworkConfiguration The VPC subnet and security group configuration for tasks that receive their own elastic network interface by using the awsvpc networking mode.
---@field rolloutState? awsjobs.ecs.DeploymentRolloutState Note: The rolloutState of a service is only returned for services that use the rolling update (ECS) deployment type that aren't behind a Classic Load Balancer.
---@field rolloutStateReason? string A description of the rollout state of a deployment.
---@field serviceConnectConfiguration? awsjobs.ecs.ServiceConnectConfiguration The details of the Service Connect configuration that's used by this deployment.
---@field serviceConnectResources? awsjobs.ecs.ServiceConnectServiceResource[] The list of Service Connect resources that are associated with this deployment.
---@field volumeConfigurations? awsjobs.ecs.ServiceVolumeConfiguration[] The details of the volume that was configuredAtLaunch.
---@field fargateEphemeralStorage? awsjobs.ecs.DeploymentEphemeralStorage The Fargate ephemeral storage settings for the deployment.
---@field vpcLatticeConfigurations? awsjobs.ecs.VpcLatticeConfiguration[] The VPC Lattice configuration for the service deployment.

---One of the methods which provide a way for you to quickly identify when a deployment has failed, and then to optionally roll back the failure to the last working deployment.
---@class awsjobs.ecs.DeploymentAlarms
---@field alarmNames string[] One or more CloudWatch alarm names.
---@field rollback boolean Determines whether to configure Amazon ECS to roll back the service if a service deployment fails.
---@field enable boolean Determines whether to use the CloudWatch alarm option in the service deployment process.

---Note: The deployment circuit breaker can only be used for services using the rolling update (ECS) deployment type.
---@class awsjobs.ecs.DeploymentCircuitBreaker
---@field enable boolean Determines whether to use the deployment circuit breaker logic for the service.
---@field rollback boolean Determines whether to configure Amazon ECS to roll back the service if a service deployment fails.

---Optional deployment parameters that control how many tasks run during a deployment and the ordering of stopping and starting tasks.
---@class awsjobs.ecs.DeploymentConfiguration
---@field deploymentCircuitBreaker? awsjobs.ecs.DeploymentCircuitBreaker Note: The deployment circuit breaker can only be used for services using the rolling update (ECS) deployment type.
---@field maximumPercent? integer If a service is using the rolling update (ECS) deployment type, the maximumPercent parameter represents an upper limit on the number of your service's tasks...
---@field minimumHealthyPercent? integer If a service is using the rolling update (ECS) deployment type, the minimumHealthyPercent represents a lower limit on the number of your service's tasks...
---@field alarms? awsjobs.ecs.DeploymentAlarms Information about the CloudWatch alarms.
---@field strategy? awsjobs.ecs.DeploymentStrategy The deployment strategy for the service.
---@field bakeTimeInMinutes? integer The time period when both blue and green service revisions are running simultaneously after the production traffic has shifted.
---@field lifecycleHooks? awsjobs.ecs.DeploymentLifecycleHook[] An array of deployment lifecycle hook objects to run custom logic at specific stages of the deployment lifecycle.
---@field linearConfiguration? awsjobs.ecs.LinearConfiguration Configuration for linear deployment strategy.
---@field canaryConfiguration? awsjobs.ecs.CanaryConfiguration Configuration for canary deployment strategy.

---The deployment controller to use for the service.
---@class awsjobs.ecs.DeploymentController
---@field type awsjobs.ecs.DeploymentControllerType The deployment controller type to use.

---The amount of ephemeral storage to allocate for the deployment.
---@class awsjobs.ecs.DeploymentEphemeralStorage
---@field kmsKeyId? string Specify an Key Management Service key ID to encrypt the ephemeral storage for deployment.

---A deployment lifecycle hook runs custom logic at specific stages of the deployment process.
---@class awsjobs.ecs.DeploymentLifecycleHook
---@field targetType? awsjobs.ecs.DeploymentLifecycleHookTargetType The type of action the lifecycle hook performs.
---@field hookTargetArn? string The Amazon Resource Name (ARN) of the hook target.
---@field roleArn? string The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call Lambda functions on your behalf.
---@field lifecycleStages? awsjobs.ecs.DeploymentLifecycleHookStage[] The lifecycle stages at which to run the hook.
---@field hookDetails? any Use this field to specify custom parameters that Amazon ECS will pass to your hook target invocations (such as a Lambda function).
---@field timeoutConfiguration? awsjobs.ecs.DeploymentLifecycleHookTimeoutConfiguration The timeout configuration for the lifecycle hook.

---The details of a deployment lifecycle hook that is active during a service deployment.
---@class awsjobs.ecs.DeploymentLifecycleHookDetail
---@field hookId? string The ID of the lifecycle hook.
---@field targetType? awsjobs.ecs.DeploymentLifecycleHookTargetType The type of action the lifecycle hook performs, such as AWS_LAMBDA or PAUSE.
---@field targetArn? string The Amazon Resource Name (ARN) of the hook target.
---@field status? awsjobs.ecs.DeploymentLifecycleHookStatus The status of the lifecycle hook.
---@field expiresAt? awsjobs.Timestamp The time when the lifecycle hook times out.
---@field timeoutAction? awsjobs.ecs.DeploymentLifecycleHookAction The action Amazon ECS takes when the lifecycle hook times out.

---The timeout configuration for a deployment lifecycle hook.
---@class awsjobs.ecs.DeploymentLifecycleHookTimeoutConfiguration
---@field timeoutInMinutes? integer The number of minutes Amazon ECS waits for the lifecycle hook to complete before taking the timeout action.
---@field action? awsjobs.ecs.DeploymentLifecycleHookAction The action Amazon ECS takes when the lifecycle hook times out.

---@class awsjobs.ecs.DeregisterContainerInstanceRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the container instance to deregister.
---@field containerInstance string The container instance ID or full ARN of the container instance to deregister.
---@field force? boolean Forces the container instance to be deregistered.

---@class awsjobs.ecs.DeregisterContainerInstanceResponse
---@field containerInstance? awsjobs.ecs.ContainerInstance The container instance that was deregistered.

---@class awsjobs.ecs.DeregisterTaskDefinitionRequest
---@field taskDefinition string The family and revision (family:revision) or full Amazon Resource Name (ARN) of the task definition to deregister.

---@class awsjobs.ecs.DeregisterTaskDefinitionResponse
---@field taskDefinition? awsjobs.ecs.TaskDefinition The full description of the deregistered task.

---@class awsjobs.ecs.DescribeCapacityProvidersRequest
---@field capacityProviders? string[] The short name or full Amazon Resource Name (ARN) of one or more capacity providers.
---@field cluster? string The name of the cluster to describe capacity providers for.
---@field include? awsjobs.ecs.CapacityProviderField[] Specifies whether or not you want to see the resource tags for the capacity provider.
---@field maxResults? integer The maximum number of account setting results returned by DescribeCapacityProviders in paginated output.
---@field nextToken? string The nextToken value returned from a previous paginated DescribeCapacityProviders request where maxResults was used and the results exceeded the value of...

---@class awsjobs.ecs.DescribeCapacityProvidersResponse
---@field capacityProviders? awsjobs.ecs.CapacityProvider[] The list of capacity providers.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.
---@field nextToken? string The nextToken value to include in a future DescribeCapacityProviders request.

---@class awsjobs.ecs.DescribeClustersRequest
---@field clusters? string[] A list of up to 100 cluster names or full cluster Amazon Resource Name (ARN) entries.
---@field include? awsjobs.ecs.ClusterField[] Determines whether to include additional information about the clusters in the response.

---@class awsjobs.ecs.DescribeClustersResponse
---@field clusters? awsjobs.ecs.Cluster[] The list of clusters.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---@class awsjobs.ecs.DescribeContainerInstancesRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the container instances to describe.
---@field containerInstances string[] A list of up to 100 container instance IDs or full Amazon Resource Name (ARN) entries.
---@field include? awsjobs.ecs.ContainerInstanceField[] Specifies whether you want to see the resource tags for the container instance.

---@class awsjobs.ecs.DescribeContainerInstancesResponse
---@field containerInstances? awsjobs.ecs.ContainerInstance[] The list of container instances.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---@class awsjobs.ecs.DescribeDaemonDeploymentsRequest
---@field daemonDeploymentArns string[] The ARN of the daemon deployments to describe.

---@class awsjobs.ecs.DescribeDaemonDeploymentsResponse
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.
---@field daemonDeployments? awsjobs.ecs.DaemonDeployment[] The list of daemon deployments.

---@class awsjobs.ecs.DescribeDaemonRequest
---@field daemonArn string The Amazon Resource Name (ARN) of the daemon to describe.

---@class awsjobs.ecs.DescribeDaemonResponse
---@field daemon? awsjobs.ecs.DaemonDetail The full description of the daemon, including the current revisions, deployment ARN, cluster, and status information.

---@class awsjobs.ecs.DescribeDaemonRevisionsRequest
---@field daemonRevisionArns string[] The ARN of the daemon revisions to describe.

---@class awsjobs.ecs.DescribeDaemonRevisionsResponse
---@field daemonRevisions? awsjobs.ecs.DaemonRevision[] The list of daemon revisions.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---@class awsjobs.ecs.DescribeDaemonTaskDefinitionRequest
---@field daemonTaskDefinition string The family for the latest ACTIVE revision, family and revision (family:revision) for a specific revision in the family, or full Amazon Resource Name (ARN)...

---@class awsjobs.ecs.DescribeDaemonTaskDefinitionResponse
---@field daemonTaskDefinition? awsjobs.ecs.DaemonTaskDefinition The full daemon task definition description.

---@class awsjobs.ecs.DescribeExpressGatewayServiceRequest
---@field serviceArn string The Amazon Resource Name (ARN) of the Express service to describe.
---@field include? awsjobs.ecs.ExpressGatewayServiceInclude[] Specifies additional information to include in the response.

---@class awsjobs.ecs.DescribeExpressGatewayServiceResponse
---@field service? awsjobs.ecs.ECSExpressGatewayService The full description of the described express service.

---@class awsjobs.ecs.DescribeServiceDeploymentsRequest
---@field serviceDeploymentArns string[] The ARN of the service deployment.

---@class awsjobs.ecs.DescribeServiceDeploymentsResponse
---@field serviceDeployments? awsjobs.ecs.ServiceDeployment[] The list of service deployments described.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---@class awsjobs.ecs.DescribeServiceRevisionsRequest
---@field serviceRevisionArns string[] The ARN of the service revision.

---@class awsjobs.ecs.DescribeServiceRevisionsResponse
---@field serviceRevisions? awsjobs.ecs.ServiceRevision[] The list of service revisions described.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---@class awsjobs.ecs.DescribeServicesRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN)the cluster that hosts the service to describe.
---@field services string[] A list of services to describe.
---@field include? awsjobs.ecs.ServiceField[] Determines whether you want to see the resource tags for the service.

---@class awsjobs.ecs.DescribeServicesResponse
---@field services? awsjobs.ecs.Service[] The list of services described.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---@class awsjobs.ecs.DescribeTaskDefinitionRequest
---@field taskDefinition string The family for the latest ACTIVE revision, family and revision (family:revision) for a specific revision in the family, or full Amazon Resource Name (ARN)...
---@field include? awsjobs.ecs.TaskDefinitionField[] Determines whether to see the resource tags for the task definition.

---@class awsjobs.ecs.DescribeTaskDefinitionResponse
---@field taskDefinition? awsjobs.ecs.TaskDefinition The full task definition description.
---@field tags? awsjobs.ecs.Tag[] The metadata that's applied to the task definition to help you categorize and organize them.

---@class awsjobs.ecs.DescribeTaskSetsRequest
---@field cluster string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that the task sets exist in.
---@field service string The short name or full Amazon Resource Name (ARN) of the service that the task sets exist in.
---@field taskSets? string[] The ID or full Amazon Resource Name (ARN) of task sets to describe.
---@field include? awsjobs.ecs.TaskSetField[] Specifies whether to see the resource tags for the task set.

---@class awsjobs.ecs.DescribeTaskSetsResponse
---@field taskSets? awsjobs.ecs.TaskSet[] The list of task sets described.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---@class awsjobs.ecs.DescribeTasksRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task or tasks to describe.
---@field tasks string[] A list of up to 100 task IDs or full ARN entries.
---@field include? awsjobs.ecs.TaskField[] Specifies whether you want to see the resource tags for the task.

---@class awsjobs.ecs.DescribeTasksResponse
---@field tasks? awsjobs.ecs.Task[] The list of tasks.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---An object representing a container instance host device.
---@class awsjobs.ecs.Device
---@field hostPath string The path for the device on the host container instance.
---@field containerPath? string The path inside the container at which to expose the host device.
---@field permissions? awsjobs.ecs.DeviceCgroupPermission[] The explicit permissions to provide to the container for the device.

---@class awsjobs.ecs.DiscoverPollEndpointRequest
---@field containerInstance? string The container instance ID or full ARN of the container instance.
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that the container instance belongs to.

---@class awsjobs.ecs.DiscoverPollEndpointResponse
---@field endpoint? string The endpoint for the Amazon ECS agent to poll.
---@field telemetryEndpoint? string The telemetry endpoint for the Amazon ECS agent.
---@field serviceConnectEndpoint? string The endpoint for the Amazon ECS agent to poll for Service Connect configuration.

---This parameter is specified when you're using Docker volumes.
---@class awsjobs.ecs.DockerVolumeConfiguration
---@field scope? awsjobs.ecs.Scope The scope for the Docker volume that determines its lifecycle.
---@field autoprovision? boolean If this value is true, the Docker volume is created if it doesn't already exist.
---@field driver? string The Docker volume driver to use.
---@field driverOpts? table<string, string> A map of Docker driver-specific options passed through.
---@field labels? table<string, string> Custom metadata to add to your Docker volume.

---The tag specifications of an Amazon EBS volume.
---@class awsjobs.ecs.EBSTagSpecification
---@field resourceType awsjobs.ecs.EBSResourceType The type of volume resource.
---@field tags? awsjobs.ecs.Tag[] The tags applied to this Amazon EBS volume.
---@field propagateTags? awsjobs.ecs.PropagateTags Determines whether to propagate the tags from the task definition to the Amazon EBS volume.

---Represents an Express service, which provides a simplified way to deploy containerized web applications on Amazon ECS with managed Amazon Web Services infrastructure.
---@class awsjobs.ecs.ECSExpressGatewayService
---@field cluster? string The short name or full ARN of the cluster that hosts the Express service.
---@field serviceName? string The name of the Express service.
---@field serviceArn? string The ARN that identifies the Express service.
---@field infrastructureRoleArn? string The ARN of the infrastructure role that manages Amazon Web Services resources for the Express service.
---@field status? awsjobs.ecs.ExpressGatewayServiceStatus The current status of the Express service.
---@field currentDeployment? string The current deployment configuration for the Express service.
---@field activeConfigurations? awsjobs.ecs.ExpressGatewayServiceConfiguration[] The list of active service configurations for the Express service.
---@field tags? awsjobs.ecs.Tag[] The metadata applied to the Express service.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for when the Express service was created.
---@field updatedAt? awsjobs.Timestamp The Unix timestamp for when the Express service was last updated.

---Represents the Amazon Web Services resources managed by Amazon ECS for an Express service, including ingress paths, auto-scaling policies, metric alarms, and security groups.
---@class awsjobs.ecs.ECSManagedResources
---@field ingressPaths? awsjobs.ecs.ManagedIngressPath[] The ingress paths and endpoints for the Express service.
---@field autoScaling? awsjobs.ecs.ManagedAutoScaling The auto-scaling configuration and policies for the Express service.
---@field metricAlarms? awsjobs.ecs.ManagedMetricAlarm[] The CloudWatch metric alarms associated with the Express service.
---@field serviceSecurityGroups? awsjobs.ecs.ManagedSecurityGroup[] The security groups managed by the Express service.
---@field logGroups? awsjobs.ecs.ManagedLogGroup[] The log groups managed by the Express service.

---The authorization configuration details for the Amazon EFS file system.
---@class awsjobs.ecs.EFSAuthorizationConfig
---@field accessPointId? string The Amazon EFS access point ID to use.
---@field iam? awsjobs.ecs.EFSAuthorizationConfigIAM Determines whether to use the Amazon ECS task role defined in a task definition when mounting the Amazon EFS file system.

---This parameter is specified when you're using an Amazon Elastic File System file system for task storage.
---@class awsjobs.ecs.EFSVolumeConfiguration
---@field fileSystemId string The Amazon EFS file system ID to use.
---@field rootDirectory? string The directory within the Amazon EFS file system to mount as the root directory inside the host.
---@field transitEncryption? awsjobs.ecs.EFSTransitEncryption Determines whether to use encryption for Amazon EFS data in transit between the Amazon ECS host and the Amazon EFS server.
---@field transitEncryptionPort? integer The port to use when sending encrypted data between the Amazon ECS host and the Amazon EFS server.
---@field authorizationConfig? awsjobs.ecs.EFSAuthorizationConfig The authorization configuration details for the Amazon EFS file system.

---A list of files containing the environment variables to pass to a container.
---@class awsjobs.ecs.EnvironmentFile
---@field value string The Amazon Resource Name (ARN) of the Amazon S3 object containing the environment variable file.
---@field type awsjobs.ecs.EnvironmentFileType The file type to use.

---The amount of ephemeral storage to allocate for the task.
---@class awsjobs.ecs.EphemeralStorage
---@field sizeInGiB integer The total amount, in GiB, of ephemeral storage to set for the task.

---The details of the execute command configuration.
---@class awsjobs.ecs.ExecuteCommandConfiguration
---@field kmsKeyId? string Specify an Key Management Service key ID to encrypt the data between the local client and the container.
---@field logging? awsjobs.ecs.ExecuteCommandLogging The log setting to use for redirecting logs for your execute command results.
---@field logConfiguration? awsjobs.ecs.ExecuteCommandLogConfiguration The log configuration for the results of the execute command actions.

---The log configuration for the results of the execute command actions.
---@class awsjobs.ecs.ExecuteCommandLogConfiguration
---@field cloudWatchLogGroupName? string The name of the CloudWatch log group to send logs to.
---@field cloudWatchEncryptionEnabled? boolean Determines whether to use encryption on the CloudWatch logs.
---@field s3BucketName? string The name of the S3 bucket to send logs to.
---@field s3EncryptionEnabled? boolean Determines whether to use encryption on the S3 logs.
---@field s3KeyPrefix? string An optional folder in the S3 bucket to place logs in.

---@class awsjobs.ecs.ExecuteCommandRequest
---@field cluster? string The Amazon Resource Name (ARN) or short name of the cluster the task is running in.
---@field container? string The name of the container to execute the command on.
---@field command string The command to run on the container.
---@field interactive boolean Use this flag to run your command in interactive mode.
---@field task string The Amazon Resource Name (ARN) or ID of the task the container is part of.

---@class awsjobs.ecs.ExecuteCommandResponse
---@field clusterArn? string The Amazon Resource Name (ARN) of the cluster.
---@field containerArn? string The Amazon Resource Name (ARN) of the container.
---@field containerName? string The name of the container.
---@field interactive? boolean Determines whether the execute command session is running in interactive mode.
---@field session? awsjobs.ecs.Session The details of the SSM session that was created for this instance of execute-command.
---@field taskArn? string The Amazon Resource Name (ARN) of the task.

---Defines the configuration for the primary container in an Express service.
---@class awsjobs.ecs.ExpressGatewayContainer
---@field image string The image used to start a container.
---@field containerPort? integer The port number on the container that receives traffic from the load balancer.
---@field awsLogsConfiguration? awsjobs.ecs.ExpressGatewayServiceAwsLogsConfiguration The log configuration for the container.
---@field repositoryCredentials? awsjobs.ecs.ExpressGatewayRepositoryCredentials The configuration for repository credentials for private registry authentication.
---@field command? string[] The command that is passed to the container.
---@field environment? awsjobs.ecs.KeyValuePair[] The environment variables to pass to the container.
---@field secrets? awsjobs.ecs.Secret[] The secrets to pass to the container.

---The repository credentials for private registry authentication to pass to the container.
---@class awsjobs.ecs.ExpressGatewayRepositoryCredentials
---@field credentialsParameter? string The Amazon Resource Name (ARN) of the secret containing the private repository credentials.

---Defines the auto-scaling configuration for an Express service.
---@class awsjobs.ecs.ExpressGatewayScalingTarget
---@field minTaskCount? integer The minimum number of tasks to run in the Express service.
---@field maxTaskCount? integer The maximum number of tasks to run in the Express service.
---@field autoScalingMetric? awsjobs.ecs.ExpressGatewayServiceScalingMetric The metric used for auto-scaling decisions.
---@field autoScalingTargetValue? integer The target value for the auto-scaling metric.

---Specifies the Amazon CloudWatch Logs configuration for the Express service container.
---@class awsjobs.ecs.ExpressGatewayServiceAwsLogsConfiguration
---@field logGroup string The name of the CloudWatch Logs log group to send container logs to.
---@field logStreamPrefix string The prefix for the CloudWatch Logs log stream names.

---Represents a specific configuration revision of an Express service, containing all the settings and parameters for that revision.
---@class awsjobs.ecs.ExpressGatewayServiceConfiguration
---@field serviceRevisionArn? string The ARN of the service revision.
---@field executionRoleArn? string The ARN of the task execution role for the service revision.
---@field taskRoleArn? string The ARN of the task role for the service revision.
---@field cpu? string The CPU allocation for tasks in this service revision.
---@field memory? string The memory allocation for tasks in this service revision.
---@field networkConfiguration? awsjobs.ecs.ExpressGatewayServiceNetworkConfiguration The network configuration for tasks in this service revision.
---@field healthCheckPath? string The health check path for this service revision.
---@field primaryContainer? awsjobs.ecs.ExpressGatewayContainer The primary container configuration for this service revision.
---@field scalingTarget? awsjobs.ecs.ExpressGatewayScalingTarget The auto-scaling configuration for this service revision.
---@field ingressPaths? awsjobs.ecs.IngressPathSummary[] The entry point into this service revision.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for when this service revision was created.

---The network configuration for an Express service.
---@class awsjobs.ecs.ExpressGatewayServiceNetworkConfiguration
---@field securityGroups? string[] The IDs of the security groups associated with the Express service.
---@field subnets? string[] The IDs of the subnets associated with the Express service.

---An object that defines the status of Express service creation and information about the status of the service.
---@class awsjobs.ecs.ExpressGatewayServiceStatus
---@field statusCode? awsjobs.ecs.ExpressGatewayServiceStatusCode The status of the Express service.
---@field statusReason? string Information about why the Express service is in the current status.

---The authorization configuration details for Amazon FSx for Windows File Server file system.
---@class awsjobs.ecs.FSxWindowsFileServerAuthorizationConfig
---@field credentialsParameter string The authorization credential option to use.
---@field domain string A fully qualified domain name hosted by an Directory Service Managed Microsoft AD (Active Directory) or self-hosted AD on Amazon EC2.

---This parameter is specified when you're using Amazon FSx for Windows File Server file system for task storage.
---@class awsjobs.ecs.FSxWindowsFileServerVolumeConfiguration
---@field fileSystemId string The Amazon FSx for Windows File Server file system ID to use.
---@field rootDirectory string The directory within the Amazon FSx for Windows File Server file system to mount as the root directory inside the host.
---@field authorizationConfig awsjobs.ecs.FSxWindowsFileServerAuthorizationConfig The authorization configuration details for the Amazon FSx for Windows File Server file system.

---A failed resource.
---@class awsjobs.ecs.Failure
---@field arn? string The Amazon Resource Name (ARN) of the failed resource.
---@field reason? string The reason for the failure.
---@field detail? string The details of the failure.

---The FireLens configuration for the container.
---@class awsjobs.ecs.FirelensConfiguration
---@field type awsjobs.ecs.FirelensConfigurationType The log router to use.
---@field options? table<string, string> The options to use when configuring the log router.

---@class awsjobs.ecs.GetTaskProtectionRequest
---@field cluster string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that the task sets exist in.
---@field tasks? string[] A list of up to 100 task IDs or full ARN entries.

---@class awsjobs.ecs.GetTaskProtectionResponse
---@field protectedTasks? awsjobs.ecs.ProtectedTask[] A list of tasks with the following information.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---An object representing a container health check.
---@class awsjobs.ecs.HealthCheck
---@field command string[] A string array representing the command that the container runs to determine if it is healthy.
---@field interval? integer The time period in seconds between each health check execution.
---@field timeout? integer The time period in seconds to wait for a health check to succeed before it is considered a failure.
---@field retries? integer The number of times to retry a failed health check before the container is considered unhealthy.
---@field startPeriod? integer The optional grace period to provide containers time to bootstrap before failed health checks count towards the maximum number of retries.

---@class awsjobs.ecs.HookDetails

---Hostnames and IP address entries that are added to the /etc/hosts file of a container via the extraHosts parameter of its ContainerDefinition.
---@class awsjobs.ecs.HostEntry
---@field hostname string The hostname to use in the /etc/hosts entry.
---@field ipAddress string The IP address to use in the /etc/hosts entry.

---Details on a container instance bind mount host volume.
---@class awsjobs.ecs.HostVolumeProperties
---@field sourcePath? string When the host parameter is used, specify a sourcePath to declare the path on the host container instance that's presented to the container.

---Details on an Elastic Inference accelerator.
---@class awsjobs.ecs.InferenceAccelerator
---@field deviceName string The Elastic Inference accelerator device name.
---@field deviceType string The Elastic Inference accelerator type to use.

---Details on an Elastic Inference accelerator task override.
---@class awsjobs.ecs.InferenceAcceleratorOverride
---@field deviceName? string The Elastic Inference accelerator device name to override for the task.
---@field deviceType? string The Elastic Inference accelerator type to use.

---The configuration that controls how Amazon ECS optimizes your infrastructure.
---@class awsjobs.ecs.InfrastructureOptimization
---@field scaleInAfter? integer This parameter defines the number of seconds Amazon ECS Managed Instances waits before optimizing EC2 instances that have become idle or underutilized.

---The entry point into an Express service.
---@class awsjobs.ecs.IngressPathSummary
---@field accessType awsjobs.ecs.AccessType The type of access to the endpoint for the Express service.
---@field endpoint string The endpoint for access to the service.

---An object representing the result of a container instance health status check.
---@class awsjobs.ecs.InstanceHealthCheckResult
---@field type? awsjobs.ecs.InstanceHealthCheckType The type of container instance health status that was verified.
---@field status? awsjobs.ecs.InstanceHealthCheckState The container instance health status.
---@field statusReason? string The reason for the container instance health status.
---@field lastUpdated? awsjobs.Timestamp The Unix timestamp for when the container instance health status was last updated.
---@field lastStatusChange? awsjobs.Timestamp The Unix timestamp for when the container instance health status last changed.

---The launch template configuration for Amazon ECS Managed Instances.
---@class awsjobs.ecs.InstanceLaunchTemplate
---@field ec2InstanceProfileArn string The Amazon Resource Name (ARN) of the instance profile that Amazon ECS applies to Amazon ECS Managed Instances.
---@field networkConfiguration awsjobs.ecs.ManagedInstancesNetworkConfiguration The network configuration for Amazon ECS Managed Instances.
---@field storageConfiguration? awsjobs.ecs.ManagedInstancesStorageConfiguration The storage configuration for Amazon ECS Managed Instances.
---@field localStorageConfiguration? awsjobs.ecs.ManagedInstancesLocalStorageConfiguration The local storage configuration for Amazon ECS Managed Instances.
---@field monitoring? awsjobs.ecs.ManagedInstancesMonitoringOptions CloudWatch provides two categories of monitoring: basic monitoring and detailed monitoring.
---@field capacityOptionType? awsjobs.ecs.CapacityOptionType The capacity option type.
---@field instanceMetadataTagsPropagation? boolean Determines whether tags are propagated to the instance metadata service (IMDS) for Amazon EC2 instances launched by the Managed Instances capacity provider.
---@field instanceRequirements? awsjobs.ecs.InstanceRequirementsRequest The instance requirements.
---@field fipsEnabled? boolean Determines whether to enable FIPS 140-2 validated cryptographic modules on EC2 instances launched by the capacity provider.
---@field capacityReservations? awsjobs.ecs.CapacityReservationRequest Capacity reservation specifications.

---The updated launch template configuration for Amazon ECS Managed Instances.
---@class awsjobs.ecs.InstanceLaunchTemplateUpdate
---@field ec2InstanceProfileArn? string The updated Amazon Resource Name (ARN) of the instance profile.
---@field networkConfiguration? awsjobs.ecs.ManagedInstancesNetworkConfiguration The updated network configuration for Amazon ECS Managed Instances.
---@field storageConfiguration? awsjobs.ecs.ManagedInstancesStorageConfiguration The updated storage configuration for Amazon ECS Managed Instances.
---@field instanceMetadataTagsPropagation? boolean Determines whether tags are propagated to the instance metadata service (IMDS) for Amazon EC2 instances launched by the Managed Instances capacity provider.
---@field localStorageConfiguration? awsjobs.ecs.ManagedInstancesLocalStorageConfiguration The updated local storage configuration for Amazon ECS Managed Instances.
---@field monitoring? awsjobs.ecs.ManagedInstancesMonitoringOptions CloudWatch provides two categories of monitoring: basic monitoring and detailed monitoring.
---@field instanceRequirements? awsjobs.ecs.InstanceRequirementsRequest The updated instance requirements for attribute-based instance type selection.
---@field capacityReservations? awsjobs.ecs.CapacityReservationRequest The updated capacity reservations specifications for Amazon ECS Managed Instances.

---The instance requirements for attribute-based instance type selection.
---@class awsjobs.ecs.InstanceRequirementsRequest
---@field vCpuCount awsjobs.ecs.VCpuCountRangeRequest The minimum and maximum number of vCPUs for the instance types.
---@field memoryMiB awsjobs.ecs.MemoryMiBRequest The minimum and maximum amount of memory in mebibytes (MiB) for the instance types.
---@field cpuManufacturers? awsjobs.ecs.CpuManufacturer[] The CPU manufacturers to include or exclude.
---@field memoryGiBPerVCpu? awsjobs.ecs.MemoryGiBPerVCpuRequest The minimum and maximum amount of memory per vCPU in gibibytes (GiB).
---@field excludedInstanceTypes? string[] The instance types to exclude from selection.
---@field instanceGenerations? awsjobs.ecs.InstanceGeneration[] The instance generations to include.
---@field spotMaxPricePercentageOverLowestPrice? integer The maximum price for Spot instances as a percentage over the lowest priced On-Demand instance.
---@field onDemandMaxPricePercentageOverLowestPrice? integer The price protection threshold for On-Demand Instances, as a percentage higher than an identified On-Demand price.
---@field bareMetal? awsjobs.ecs.BareMetal Indicates whether to include bare metal instance types.
---@field burstablePerformance? awsjobs.ecs.BurstablePerformance Indicates whether to include burstable performance instance types (T2, T3, T3a, T4g).
---@field requireHibernateSupport? boolean Indicates whether the instance types must support hibernation.
---@field networkInterfaceCount? awsjobs.ecs.NetworkInterfaceCountRequest The minimum and maximum number of network interfaces for the instance types.
---@field localStorage? awsjobs.ecs.LocalStorage Indicates whether to include instance types with local storage.
---@field localStorageTypes? awsjobs.ecs.LocalStorageType[] The local storage types to include.
---@field totalLocalStorageGB? awsjobs.ecs.TotalLocalStorageGBRequest The minimum and maximum total local storage in gigabytes (GB) for instance types with local storage.
---@field baselineEbsBandwidthMbps? awsjobs.ecs.BaselineEbsBandwidthMbpsRequest The minimum and maximum baseline Amazon EBS bandwidth in megabits per second (Mbps).
---@field acceleratorTypes? awsjobs.ecs.AcceleratorType[] The accelerator types to include.
---@field acceleratorCount? awsjobs.ecs.AcceleratorCountRequest The minimum and maximum number of accelerators for the instance types.
---@field acceleratorManufacturers? awsjobs.ecs.AcceleratorManufacturer[] The accelerator manufacturers to include.
---@field acceleratorNames? awsjobs.ecs.AcceleratorName[] The specific accelerator names to include.
---@field acceleratorTotalMemoryMiB? awsjobs.ecs.AcceleratorTotalMemoryMiBRequest The minimum and maximum total accelerator memory in mebibytes (MiB).
---@field networkBandwidthGbps? awsjobs.ecs.NetworkBandwidthGbpsRequest The minimum and maximum network bandwidth in gigabits per second (Gbps).
---@field allowedInstanceTypes? string[] The instance types to include in the selection.
---@field maxSpotPriceAsPercentageOfOptimalOnDemandPrice? integer The maximum price for Spot instances as a percentage of the optimal On-Demand price.

---The specified parameter isn't valid.
---(The members of `err.data` when `err.code` is InvalidParameterException.)
---@class awsjobs.ecs.InvalidParameterException
---@field message? string Message that describes the cause of the exception.

---The Linux capabilities to add or remove from the default Docker configuration for a container defined in the task definition.
---@class awsjobs.ecs.KernelCapabilities
---@field add? string[] The Linux capabilities for the container that have been added to the default configuration provided by Docker.
---@field drop? string[] The Linux capabilities for the container that have been removed from the default configuration provided by Docker.

---A key-value pair object.
---@class awsjobs.ecs.KeyValuePair
---@field name? string The name of the key-value pair.
---@field value? string The value of the key-value pair.

---The limit for the resource was exceeded.
---(The members of `err.data` when `err.code` is LimitExceededException.)
---@class awsjobs.ecs.LimitExceededException
---@field message? string Message that describes the cause of the exception.

---Configuration for linear deployment strategy that shifts production traffic in equal percentage increments with configurable wait times between each step until 100% of traffic is shifted to the...
---@class awsjobs.ecs.LinearConfiguration
---@field stepPercent? number The percentage of production traffic to shift in each step during a linear deployment.
---@field stepBakeTimeInMinutes? integer The amount of time in minutes to wait between each traffic shifting step during a linear deployment.

---The Linux-specific options that are applied to the container, such as Linux KernelCapabilities.
---@class awsjobs.ecs.LinuxParameters
---@field capabilities? awsjobs.ecs.KernelCapabilities The Linux capabilities for the container that are added to or dropped from the default configuration provided by Docker.
---@field devices? awsjobs.ecs.Device[] Any host devices to expose to the container.
---@field initProcessEnabled? boolean Run an init process inside the container that forwards signals and reaps processes.
---@field sharedMemorySize? integer The value for the size (in MiB) of the /dev/shm volume.
---@field tmpfs? awsjobs.ecs.Tmpfs[] The container path, mount options, and size (in MiB) of the tmpfs mount.
---@field maxSwap? integer The total amount of swap memory (in MiB) a container can use.
---@field swappiness? integer This allows you to tune a container's memory swappiness behavior.

---@class awsjobs.ecs.ListAccountSettingsRequest
---@field name? awsjobs.ecs.SettingName The name of the account setting you want to list the settings for.
---@field value? string The value of the account settings to filter results with.
---@field principalArn? string The ARN of the principal, which can be a user, role, or the root user.
---@field effectiveSettings? boolean Determines whether to return the effective settings.
---@field nextToken? string The nextToken value returned from a ListAccountSettings request indicating that more results are available to fulfill the request and further calls will be...
---@field maxResults? integer The maximum number of account setting results returned by ListAccountSettings in paginated output.

---@class awsjobs.ecs.ListAccountSettingsResponse
---@field settings? awsjobs.ecs.Setting[] The account settings for the resource.
---@field nextToken? string The nextToken value to include in a future ListAccountSettings request.

---@class awsjobs.ecs.ListAttributesRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster to list attributes.
---@field targetType awsjobs.ecs.TargetType The type of the target to list attributes with.
---@field attributeName? string The name of the attribute to filter the results with.
---@field attributeValue? string The value of the attribute to filter results with.
---@field nextToken? string The nextToken value returned from a ListAttributes request indicating that more results are available to fulfill the request and further calls are needed.
---@field maxResults? integer The maximum number of cluster results that ListAttributes returned in paginated output.

---@class awsjobs.ecs.ListAttributesResponse
---@field attributes? awsjobs.ecs.Attribute[] A list of attribute objects that meet the criteria of the request.
---@field nextToken? string The nextToken value to include in a future ListAttributes request.

---@class awsjobs.ecs.ListClustersRequest
---@field nextToken? string The nextToken value returned from a ListClusters request indicating that more results are available to fulfill the request and further calls are needed.
---@field maxResults? integer The maximum number of cluster results that ListClusters returned in paginated output.

---@class awsjobs.ecs.ListClustersResponse
---@field clusterArns? string[] The list of full Amazon Resource Name (ARN) entries for each cluster that's associated with your account.
---@field nextToken? string The nextToken value to include in a future ListClusters request.

---@class awsjobs.ecs.ListContainerInstancesRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the container instances to list.
---@field filter? string You can filter the results of a ListContainerInstances operation with cluster query language statements.
---@field nextToken? string The nextToken value returned from a ListContainerInstances request indicating that more results are available to fulfill the request and further calls are...
---@field maxResults? integer The maximum number of container instance results that ListContainerInstances returned in paginated output.
---@field status? awsjobs.ecs.ContainerInstanceStatus Filters the container instances by status.

---@class awsjobs.ecs.ListContainerInstancesResponse
---@field containerInstanceArns? string[] The list of container instances with full ARN entries for each container instance associated with the specified cluster.
---@field nextToken? string The nextToken value to include in a future ListContainerInstances request.

---@class awsjobs.ecs.ListDaemonDeploymentsRequest
---@field daemonArn string The Amazon Resource Name (ARN) of the daemon to list deployments for.
---@field status? awsjobs.ecs.DaemonDeploymentStatus[] An optional filter to narrow the ListDaemonDeployments results by deployment status.
---@field createdAt? awsjobs.ecs.CreatedAt An optional filter to narrow the ListDaemonDeployments results by creation time.
---@field maxResults? integer The maximum number of daemon deployment results that ListDaemonDeployments returned in paginated output.
---@field nextToken? string The nextToken value returned from a ListDaemonDeployments request indicating that more results are available to fulfill the request and further calls will...

---@class awsjobs.ecs.ListDaemonDeploymentsResponse
---@field nextToken? string The nextToken value to include in a future ListDaemonDeployments request.
---@field daemonDeployments? awsjobs.ecs.DaemonDeploymentSummary[] The list of daemon deployment summaries.

---@class awsjobs.ecs.ListDaemonTaskDefinitionsRequest
---@field familyPrefix? string The full family name to filter the ListDaemonTaskDefinitions results with.
---@field family? string The exact name of the daemon task definition family to filter results with.
---@field revision? awsjobs.ecs.DaemonTaskDefinitionRevisionFilter The revision filter to apply.
---@field status? awsjobs.ecs.DaemonTaskDefinitionStatusFilter The daemon task definition status to filter the ListDaemonTaskDefinitions results with.
---@field sort? awsjobs.ecs.SortOrder The order to sort the results.
---@field nextToken? string The nextToken value returned from a ListDaemonTaskDefinitions request indicating that more results are available to fulfill the request and further calls...
---@field maxResults? integer The maximum number of daemon task definition results that ListDaemonTaskDefinitions returned in paginated output.

---@class awsjobs.ecs.ListDaemonTaskDefinitionsResponse
---@field daemonTaskDefinitions? awsjobs.ecs.DaemonTaskDefinitionSummary[] The list of daemon task definition summaries.
---@field nextToken? string The nextToken value to include in a future ListDaemonTaskDefinitions request.

---@class awsjobs.ecs.ListDaemonsRequest
---@field clusterArn? string The Amazon Resource Name (ARN) of the cluster to filter daemons by.
---@field capacityProviderArns? string[] The Amazon Resource Names (ARNs) of the capacity providers to filter daemons by.
---@field maxResults? integer The maximum number of daemon results that ListDaemons returned in paginated output.
---@field nextToken? string The nextToken value returned from a ListDaemons request indicating that more results are available to fulfill the request and further calls will be needed.

---@class awsjobs.ecs.ListDaemonsResponse
---@field daemonSummariesList? awsjobs.ecs.DaemonSummary[] The list of daemon summaries.
---@field nextToken? string The nextToken value to include in a future ListDaemons request.

---@class awsjobs.ecs.ListServiceDeploymentsRequest
---@field service string The ARN or name of the service
---@field cluster? string The cluster that hosts the service.
---@field status? awsjobs.ecs.ServiceDeploymentStatus[] An optional filter you can use to narrow the results.
---@field createdAt? awsjobs.ecs.CreatedAt An optional filter you can use to narrow the results by the service creation date.
---@field nextToken? string The nextToken value returned from a ListServiceDeployments request indicating that more results are available to fulfill the request and further calls are...
---@field maxResults? integer The maximum number of service deployment results that ListServiceDeployments returned in paginated output.

---@class awsjobs.ecs.ListServiceDeploymentsResponse
---@field serviceDeployments? awsjobs.ecs.ServiceDeploymentBrief[] An overview of the service deployment, including the following properties:
---@field nextToken? string The nextToken value to include in a future ListServiceDeployments request.

---@class awsjobs.ecs.ListServicesByNamespaceRequest
---@field namespace string The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace to list the services in.
---@field nextToken? string The nextToken value that's returned from a ListServicesByNamespace request.
---@field maxResults? integer The maximum number of service results that ListServicesByNamespace returns in paginated output.

---@class awsjobs.ecs.ListServicesByNamespaceResponse
---@field serviceArns? string[] The list of full ARN entries for each service that's associated with the specified namespace.
---@field nextToken? string The nextToken value to include in a future ListServicesByNamespace request.

---@class awsjobs.ecs.ListServicesRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster to use when filtering the ListServices results.
---@field nextToken? string The nextToken value returned from a ListServices request indicating that more results are available to fulfill the request and further calls will be needed.
---@field maxResults? integer The maximum number of service results that ListServices returned in paginated output.
---@field launchType? awsjobs.ecs.LaunchType The launch type to use when filtering the ListServices results.
---@field schedulingStrategy? awsjobs.ecs.SchedulingStrategy The scheduling strategy to use when filtering the ListServices results.
---@field resourceManagementType? awsjobs.ecs.ResourceManagementType The resourceManagementType type to use when filtering the ListServices results.

---@class awsjobs.ecs.ListServicesResponse
---@field serviceArns? string[] The list of full ARN entries for each service that's associated with the specified cluster.
---@field nextToken? string The nextToken value to include in a future ListServices request.

---@class awsjobs.ecs.ListTagsForResourceRequest
---@field resourceArn string The Amazon Resource Name (ARN) that identifies the resource to list the tags for.

---@class awsjobs.ecs.ListTagsForResourceResponse
---@field tags? awsjobs.ecs.Tag[] The tags for the resource.

---@class awsjobs.ecs.ListTaskDefinitionFamiliesRequest
---@field familyPrefix? string The familyPrefix is a string that's used to filter the results of ListTaskDefinitionFamilies.
---@field status? awsjobs.ecs.TaskDefinitionFamilyStatus The task definition family status to filter the ListTaskDefinitionFamilies results with.
---@field nextToken? string The nextToken value returned from a ListTaskDefinitionFamilies request indicating that more results are available to fulfill the request and further calls...
---@field maxResults? integer The maximum number of task definition family results that ListTaskDefinitionFamilies returned in paginated output.

---@class awsjobs.ecs.ListTaskDefinitionFamiliesResponse
---@field families? string[] The list of task definition family names that match the ListTaskDefinitionFamilies request.
---@field nextToken? string The nextToken value to include in a future ListTaskDefinitionFamilies request.

---@class awsjobs.ecs.ListTaskDefinitionsRequest
---@field familyPrefix? string The full family name to filter the ListTaskDefinitions results with.
---@field status? awsjobs.ecs.TaskDefinitionStatus The task definition status to filter the ListTaskDefinitions results with.
---@field sort? awsjobs.ecs.SortOrder The order to sort the results in.
---@field nextToken? string The nextToken value returned from a ListTaskDefinitions request indicating that more results are available to fulfill the request and further calls will be...
---@field maxResults? integer The maximum number of task definition results that ListTaskDefinitions returned in paginated output.

---@class awsjobs.ecs.ListTaskDefinitionsResponse
---@field taskDefinitionArns? string[] The list of task definition Amazon Resource Name (ARN) entries for the ListTaskDefinitions request.
---@field nextToken? string The nextToken value to include in a future ListTaskDefinitions request.

---@class awsjobs.ecs.ListTasksRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster to use when filtering the ListTasks results.
---@field containerInstance? string The container instance ID or full ARN of the container instance to use when filtering the ListTasks results.
---@field family? string The name of the task definition family to use when filtering the ListTasks results.
---@field nextToken? string The nextToken value returned from a ListTasks request indicating that more results are available to fulfill the request and further calls will be needed.
---@field maxResults? integer The maximum number of task results that ListTasks returned in paginated output.
---@field startedBy? string The startedBy value to filter the task results with.
---@field serviceName? string The name of the service to use when filtering the ListTasks results.
---@field desiredStatus? awsjobs.ecs.DesiredStatus The task desired status to use when filtering the ListTasks results.
---@field launchType? awsjobs.ecs.LaunchType The launch type to use when filtering the ListTasks results.
---@field daemonName? string The name of the daemon to use when filtering the ListTasks results.

---@class awsjobs.ecs.ListTasksResponse
---@field taskArns? string[] The list of task ARN entries for the ListTasks request.
---@field nextToken? string The nextToken value to include in a future ListTasks request.

---The load balancer configuration to use with a service or task set.
---@class awsjobs.ecs.LoadBalancer
---@field targetGroupArn? string The full Amazon Resource Name (ARN) of the Elastic Load Balancing target group or groups associated with a service or task set.
---@field loadBalancerName? string The name of the load balancer to associate with the Amazon ECS service or task set.
---@field containerName? string The name of the container (as it appears in a container definition) to associate with the load balancer.
---@field containerPort? integer The port on the container to associate with the load balancer.
---@field advancedConfiguration? awsjobs.ecs.AdvancedConfiguration The advanced settings for the load balancer used in blue/green deployments.

---The log configuration for the container.
---@class awsjobs.ecs.LogConfiguration
---@field logDriver awsjobs.ecs.LogDriver The log driver to use for the container.
---@field options? table<string, string> The configuration options to send to the log driver.
---@field secretOptions? awsjobs.ecs.Secret[] The secrets to pass to the log configuration.

---Details about the managed agent status for the container.
---@class awsjobs.ecs.ManagedAgent
---@field lastStartedAt? awsjobs.Timestamp The Unix timestamp for the time when the managed agent was last started.
---@field name? awsjobs.ecs.ManagedAgentName The name of the managed agent.
---@field reason? string The reason for why the managed agent is in the state it is in.
---@field lastStatus? string The last known status of the managed agent.

---An object representing a change in state for a managed agent.
---@class awsjobs.ecs.ManagedAgentStateChange
---@field containerName string The name of the container that's associated with the managed agent.
---@field managedAgentName awsjobs.ecs.ManagedAgentName The name of the managed agent.
---@field status string The status of the managed agent.
---@field reason? string The reason for the status of the managed agent.

---The Application Auto Scaling policy created by Amazon ECS when you create an Express service.
---@class awsjobs.ecs.ManagedApplicationAutoScalingPolicy
---@field arn? string The Amazon Resource Name (ARN) of the Application Auto Scaling policy associated with the Express service.
---@field status awsjobs.ecs.ManagedResourceStatus The status of Application Auto Scaling policy creation.
---@field statusReason? string Information about why the Application Auto Scaling policy is in the current status.
---@field updatedAt awsjobs.Timestamp The Unix timestamp for when the Application Auto Scaling policy was last updated.
---@field policyType string The type of Application Auto Scaling policy associated with the Express service.
---@field targetValue number The target value for the auto scaling metric.
---@field metric string The metric used for auto scaling decisions.

---The auto scaling configuration created by Amazon ECS for an Express service.
---@class awsjobs.ecs.ManagedAutoScaling
---@field scalableTarget? awsjobs.ecs.ManagedScalableTarget Represents a scalable target.
---@field applicationAutoScalingPolicies? awsjobs.ecs.ManagedApplicationAutoScalingPolicy[] The policy used for auto scaling.

---The ACM certificate associated with the HTTPS domain created for the Express service.
---@class awsjobs.ecs.ManagedCertificate
---@field arn? string The Amazon Resource Name (ARN) of the ACM certificate.
---@field status awsjobs.ecs.ManagedResourceStatus The status of the ACM; certificate.
---@field statusReason? string Information about why the ACM certificate is in the current status.
---@field updatedAt awsjobs.Timestamp The Unix timestamp for when the ACM certificate was last updated
---@field domainName string The fully qualified domain name (FQDN) that is secured with this ACM certificate.

---The entry point into the Express service.
---@class awsjobs.ecs.ManagedIngressPath
---@field accessType awsjobs.ecs.AccessType The type of access to the endpoint for the Express service.
---@field endpoint string The endpoint for access to the Express service.
---@field loadBalancer? awsjobs.ecs.ManagedLoadBalancer The Application Load Balancer associated with the Express service.
---@field loadBalancerSecurityGroups? awsjobs.ecs.ManagedSecurityGroup[] The security groups associated with the Application Load Balancer.
---@field certificate? awsjobs.ecs.ManagedCertificate The ACM certificate for the Express service's domain.
---@field listener? awsjobs.ecs.ManagedListener The listeners associated with the Application Load Balancer.
---@field rule? awsjobs.ecs.ManagedListenerRule The listener rules for the Application Load Balancer.
---@field targetGroups? awsjobs.ecs.ManagedTargetGroup[] The target groups associated with the Application Load Balancer.

---The local storage configuration for Amazon ECS Managed Instances.
---@class awsjobs.ecs.ManagedInstancesLocalStorageConfiguration
---@field useLocalStorage? boolean Use instance store volumes for data storage when available.

---The network configuration for Amazon ECS Managed Instances.
---@class awsjobs.ecs.ManagedInstancesNetworkConfiguration
---@field subnets? string[] The list of subnet IDs where Amazon ECS can launch Amazon ECS Managed Instances.
---@field securityGroups? string[] The list of security group IDs to apply to Amazon ECS Managed Instances.

---The configuration for a Amazon ECS Managed Instances provider.
---@class awsjobs.ecs.ManagedInstancesProvider
---@field infrastructureRoleArn? string The Amazon Resource Name (ARN) of the infrastructure role that Amazon ECS assumes to manage instances.
---@field instanceLaunchTemplate? awsjobs.ecs.InstanceLaunchTemplate The launch template that defines how Amazon ECS launches Amazon ECS Managed Instances.
---@field propagateTags? awsjobs.ecs.PropagateMITags Determines whether tags from the capacity provider are automatically applied to Amazon ECS Managed Instances.
---@field infrastructureOptimization? awsjobs.ecs.InfrastructureOptimization Defines how Amazon ECS Managed Instances optimizes the infrastastructure in your capacity provider.
---@field autoRepairConfiguration? awsjobs.ecs.AutoRepairConfiguration The auto repair configuration for the Amazon ECS Managed Instances capacity provider.

---The storage configuration for Amazon ECS Managed Instances.
---@class awsjobs.ecs.ManagedInstancesStorageConfiguration
---@field storageSizeGiB? integer The size of the data volume.

---The listeners associated with the Express service's Application Load Balancer.
---@class awsjobs.ecs.ManagedListener
---@field arn? string The Amazon Resource Name (ARN) of the load balancer listener.
---@field status awsjobs.ecs.ManagedResourceStatus The status of the load balancer listener.
---@field statusReason? string Informaion about why the load balancer listener is in the current status.
---@field updatedAt awsjobs.Timestamp The Unix timestamp for when this listener was most recently updated.

---The listener rule associated with the Express service's Application Load Balancer.
---@class awsjobs.ecs.ManagedListenerRule
---@field arn? string The Amazon Resource Name (ARN) of the load balancer listener rule.
---@field status awsjobs.ecs.ManagedResourceStatus The status of the load balancer listener rule.
---@field statusReason? string Information about why the load balancer listener rule is in the current status.
---@field updatedAt awsjobs.Timestamp The Unix timestamp for when this listener rule was most recently updated.

---The Application Load Balancer associated with the Express service.
---@class awsjobs.ecs.ManagedLoadBalancer
---@field arn? string The Amazon Resource Name (ARN) of the load balancer.
---@field status awsjobs.ecs.ManagedResourceStatus The status of the load balancer.
---@field statusReason? string Information about why the load balancer is in the current status.
---@field updatedAt awsjobs.Timestamp The Unix timestamp for when this load balancer was most recently updated.
---@field scheme string The scheme of the load balancer.
---@field subnetIds? string[] The IDs of the subnets associated with the load balancer.
---@field securityGroupIds? string[] The IDs of the security groups associated with the load balancer.

---The Cloudwatch Log Group created by Amazon ECS for an Express service.
---@class awsjobs.ecs.ManagedLogGroup
---@field arn? string The Amazon Resource Name (ARN) of the Cloudwatch Log Group associated with the Express service.
---@field status awsjobs.ecs.ManagedResourceStatus The status of the Cloudwatch LogGroup.
---@field statusReason? string Information about why the Cloudwatch LogGroup is in the current status.
---@field updatedAt awsjobs.Timestamp The Unix timestamp for when the Cloudwatch LogGroup was last updated
---@field logGroupName string The name of the Cloudwatch Log Group associated with the Express service.

---The CloudWatch metric alarm associated with the Express service's scaling policy.
---@class awsjobs.ecs.ManagedMetricAlarm
---@field arn? string The Amazon Resource Name (ARN) of the CloudWatch metric alarm.
---@field status awsjobs.ecs.ManagedResourceStatus The status of the CloudWatch metric alarm.
---@field statusReason? string Information about why the CloudWatch metric alarm is in the current status.
---@field updatedAt awsjobs.Timestamp The Unix timestamp for when the CloudWatch metric alarm was last updated.

---Represents a scalable target.
---@class awsjobs.ecs.ManagedScalableTarget
---@field arn? string The ARN of the scalable target.
---@field status awsjobs.ecs.ManagedResourceStatus The status of the scalable target.
---@field statusReason? string Information about why the scalable target is in the current status.
---@field updatedAt awsjobs.Timestamp The Unix timestamp for when the target was most recently updated.
---@field minCapacity integer The minimum value to scale to in response to a scale-in activity.
---@field maxCapacity integer The maximum value to scale to in response to a scale-out activity.

---The managed scaling settings for the Auto Scaling group capacity provider.
---@class awsjobs.ecs.ManagedScaling
---@field status? awsjobs.ecs.ManagedScalingStatus Determines whether to use managed scaling for the capacity provider.
---@field targetCapacity? integer The target capacity utilization as a percentage for the capacity provider.
---@field minimumScalingStepSize? integer The minimum number of Amazon EC2 instances that Amazon ECS will scale out at one time.
---@field maximumScalingStepSize? integer The maximum number of Amazon EC2 instances that Amazon ECS will scale out at one time.
---@field instanceWarmupPeriod? integer The period of time, in seconds, after a newly launched Amazon EC2 instance can contribute to CloudWatch metrics for Auto Scaling group.

---A security group associated with the Express service.
---@class awsjobs.ecs.ManagedSecurityGroup
---@field arn? string The ARN of the security group.
---@field status awsjobs.ecs.ManagedResourceStatus The status of the security group.
---@field statusReason? string Information about why the security group is in the current status.
---@field updatedAt awsjobs.Timestamp The Unix timestamp for when the security group was last updated.

---The managed storage configuration for the cluster.
---@class awsjobs.ecs.ManagedStorageConfiguration
---@field kmsKeyId? string Specify a Key Management Service key ID to encrypt Amazon ECS managed storage.
---@field fargateEphemeralStorageKmsKeyId? string Specify the Key Management Service key ID for Fargate ephemeral storage.

---The target group associated with the Express service's Application Load Balancer.
---@class awsjobs.ecs.ManagedTargetGroup
---@field arn? string The Amazon Resource Name (ARN) of the target group.
---@field status awsjobs.ecs.ManagedResourceStatus The status of the target group.
---@field statusReason? string Information about why the target group is in the current status.
---@field updatedAt awsjobs.Timestamp The Unix timestamp for when the target group was last updated.
---@field healthCheckPath string The destination for health checks on the targets.
---@field healthCheckPort integer The port the load balancer uses when performing health checks on targets.
---@field port integer The port on which the targets receive traffic.

---The minimum and maximum amount of memory per vCPU in gibibytes (GiB).
---@class awsjobs.ecs.MemoryGiBPerVCpuRequest
---@field min? number The minimum amount of memory per vCPU in GiB.
---@field max? number The maximum amount of memory per vCPU in GiB.

---The minimum and maximum amount of memory in mebibytes (MiB) for instance type selection.
---@class awsjobs.ecs.MemoryMiBRequest
---@field min integer The minimum amount of memory in MiB.
---@field max? integer The maximum amount of memory in MiB.

---Amazon ECS can't determine the current version of the Amazon ECS container agent on the container instance and doesn't have enough information to proceed with an update.
---(The members of `err.data` when `err.code` is MissingVersionException.)
---@class awsjobs.ecs.MissingVersionException
---@field message? string Message that describes the cause of the exception.

---The details for a volume mount point that's used in a container definition.
---@class awsjobs.ecs.MountPoint
---@field sourceVolume? string The name of the volume to mount.
---@field containerPath? string The path on the container to mount the host volume at.
---@field readOnly? boolean If this value is true, the container has read-only access to the volume.

---The specified namespace wasn't found.
---(The members of `err.data` when `err.code` is NamespaceNotFoundException.)
---@class awsjobs.ecs.NamespaceNotFoundException
---@field message? string Message that describes the cause of the exception.

---The minimum and maximum network bandwidth in gigabits per second (Gbps) for instance type selection.
---@class awsjobs.ecs.NetworkBandwidthGbpsRequest
---@field min? number The minimum network bandwidth in Gbps.
---@field max? number The maximum network bandwidth in Gbps.

---Details on the network bindings between a container and its host container instance.
---@class awsjobs.ecs.NetworkBinding
---@field bindIP? string The IP address that the container is bound to on the container instance.
---@field containerPort? integer The port number on the container that's used with the network binding.
---@field hostPort? integer The port number on the host that's used with the network binding.
---@field protocol? awsjobs.ecs.TransportProtocol The protocol used for the network binding.
---@field containerPortRange? string The port number range on the container that's bound to the dynamically mapped host port range.
---@field hostPortRange? string The port number range on the host that's used with the network binding.

---The network configuration for a task or service.
---@class awsjobs.ecs.NetworkConfiguration
---@field awsvpcConfiguration? awsjobs.ecs.AwsVpcConfiguration The VPC subnets and security groups that are associated with a task.

---An object representing the elastic network interface for tasks that use the awsvpc network mode.
---@class awsjobs.ecs.NetworkInterface
---@field attachmentId? string The attachment ID for the network interface.
---@field privateIpv4Address? string The private IPv4 address for the network interface.
---@field ipv6Address? string The private IPv6 address for the network interface.

---The minimum and maximum number of network interfaces for instance type selection.
---@class awsjobs.ecs.NetworkInterfaceCountRequest
---@field min? integer The minimum number of network interfaces.
---@field max? integer The maximum number of network interfaces.

---There's no update available for this Amazon ECS container agent.
---(The members of `err.data` when `err.code` is NoUpdateAvailableException.)
---@class awsjobs.ecs.NoUpdateAvailableException
---@field message? string Message that describes the cause of the exception.

---An object representing a constraint on task placement.
---@class awsjobs.ecs.PlacementConstraint
---@field type? awsjobs.ecs.PlacementConstraintType The type of constraint.
---@field expression? string A cluster query language expression to apply to the constraint.

---The task placement strategy for a task or service.
---@class awsjobs.ecs.PlacementStrategy
---@field type? awsjobs.ecs.PlacementStrategyType The type of placement strategy.
---@field field? string The field to apply the placement strategy against.

---The devices that are available on the container instance.
---@class awsjobs.ecs.PlatformDevice
---@field id string The ID for the GPUs on the container instance.
---@field type awsjobs.ecs.PlatformDeviceType The type of device that's available on the container instance.

---The specified platform version doesn't satisfy the required capabilities of the task definition.
---(The members of `err.data` when `err.code` is PlatformTaskDefinitionIncompatibilityException.)
---@class awsjobs.ecs.PlatformTaskDefinitionIncompatibilityException
---@field message? string Message that describes the cause of the exception.

---The specified platform version doesn't exist.
---(The members of `err.data` when `err.code` is PlatformUnknownException.)
---@class awsjobs.ecs.PlatformUnknownException
---@field message? string Message that describes the cause of the exception.

---Port mappings allow containers to access ports on the host container instance to send or receive traffic.
---@class awsjobs.ecs.PortMapping
---@field containerPort? integer The port number on the container that's bound to the user-specified or automatically assigned host port.
---@field hostPort? integer The port number on the container instance to reserve for your container.
---@field protocol? awsjobs.ecs.TransportProtocol The protocol used for the port mapping.
---@field name? string The name that's used for the port mapping.
---@field appProtocol? awsjobs.ecs.ApplicationProtocol The application protocol that's used for the port mapping.
---@field containerPortRange? string The port number range on the container that's bound to the dynamically mapped host port range.

---An object representing the protection status details for a task.
---@class awsjobs.ecs.ProtectedTask
---@field taskArn? string The task ARN.
---@field protectionEnabled? boolean The protection status of the task.
---@field expirationDate? awsjobs.Timestamp The epoch time when protection for the task will expire.

---The configuration details for the App Mesh proxy.
---@class awsjobs.ecs.ProxyConfiguration
---@field type? awsjobs.ecs.ProxyConfigurationType The proxy type.
---@field containerName string The name of the container that will serve as the App Mesh proxy.
---@field properties? awsjobs.ecs.KeyValuePair[] The set of network configuration parameters to provide the Container Network Interface (CNI) plugin, specified as key-value pairs.

---@class awsjobs.ecs.PutAccountSettingDefaultRequest
---@field name awsjobs.ecs.SettingName The resource name for which to modify the account setting.
---@field value string The account setting value for the specified principal ARN.

---@class awsjobs.ecs.PutAccountSettingDefaultResponse
---@field setting? awsjobs.ecs.Setting The current setting for a resource.

---@class awsjobs.ecs.PutAccountSettingRequest
---@field name awsjobs.ecs.SettingName The Amazon ECS account setting name to modify.
---@field value string The account setting value for the specified principal ARN.
---@field principalArn? string The ARN of the principal, which can be a user, role, or the root user.

---@class awsjobs.ecs.PutAccountSettingResponse
---@field setting? awsjobs.ecs.Setting The current account setting for a resource.

---@class awsjobs.ecs.PutAttributesRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that contains the resource to apply attributes.
---@field attributes awsjobs.ecs.Attribute[] The attributes to apply to your resource.

---@class awsjobs.ecs.PutAttributesResponse
---@field attributes? awsjobs.ecs.Attribute[] The attributes applied to your resource.

---@class awsjobs.ecs.PutClusterCapacityProvidersRequest
---@field cluster string The short name or full Amazon Resource Name (ARN) of the cluster to modify the capacity provider settings for.
---@field capacityProviders string[] The name of one or more capacity providers to associate with the cluster.
---@field defaultCapacityProviderStrategy awsjobs.ecs.CapacityProviderStrategyItem[] The capacity provider strategy to use by default for the cluster.

---@class awsjobs.ecs.PutClusterCapacityProvidersResponse
---@field cluster? awsjobs.ecs.Cluster Details about the cluster.

---@class awsjobs.ecs.RegisterContainerInstanceRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster to register your container instance with.
---@field instanceIdentityDocument? string The instance identity document for the EC2 instance to register.
---@field instanceIdentityDocumentSignature? string The instance identity document signature for the EC2 instance to register.
---@field totalResources? awsjobs.ecs.Resource[] The resources available on the instance.
---@field versionInfo? awsjobs.ecs.VersionInfo The version information for the Amazon ECS container agent and Docker daemon that runs on the container instance.
---@field containerInstanceArn? string The ARN of the container instance (if it was previously registered).
---@field attributes? awsjobs.ecs.Attribute[] The container instance attributes that this container instance supports.
---@field platformDevices? awsjobs.ecs.PlatformDevice[] The devices that are available on the container instance.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the container instance to help you categorize and organize them.

---@class awsjobs.ecs.RegisterContainerInstanceResponse
---@field containerInstance? awsjobs.ecs.ContainerInstance The container instance that was registered.

---@class awsjobs.ecs.RegisterDaemonTaskDefinitionRequest
---@field family string You must specify a family for a daemon task definition.
---@field taskRoleArn? string The short name or full Amazon Resource Name (ARN) of the IAM role that containers in this daemon task can assume.
---@field executionRoleArn? string The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls on...
---@field containerDefinitions awsjobs.ecs.DaemonContainerDefinition[] A list of container definitions in JSON format that describe the containers that make up your daemon task.
---@field cpu? string The number of CPU units used by the daemon task.
---@field memory? string The amount of memory (in MiB) used by the daemon task.
---@field volumes? awsjobs.ecs.DaemonVolume[] A list of volume definitions in JSON format that containers in your daemon task can use.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the daemon task definition to help you categorize and organize them.

---@class awsjobs.ecs.RegisterDaemonTaskDefinitionResponse
---@field daemonTaskDefinitionArn? string The full Amazon Resource Name (ARN) of the registered daemon task definition.

---@class awsjobs.ecs.RegisterTaskDefinitionRequest
---@field family string You must specify a family for a task definition.
---@field taskRoleArn? string The short name or full Amazon Resource Name (ARN) of the IAM role that containers in this task can assume.
---@field executionRoleArn? string The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls on...
---@field networkMode? awsjobs.ecs.NetworkMode The Docker networking mode to use for the containers in the task.
---@field containerDefinitions awsjobs.ecs.ContainerDefinition[] A list of container definitions in JSON format that describe the different containers that make up your task.
---@field volumes? awsjobs.ecs.Volume[] A list of volume definitions in JSON format that containers in your task might use.
---@field placementConstraints? awsjobs.ecs.TaskDefinitionPlacementConstraint[] An array of placement constraint objects to use for the task.
---@field requiresCompatibilities? awsjobs.ecs.Compatibility[] The task launch type that Amazon ECS validates the task definition against.
---@field cpu? string The number of CPU units used by the task.
---@field memory? string The amount of memory (in MiB) used by the task.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the task definition to help you categorize and organize them.
---@field pidMode? awsjobs.ecs.PidMode The process namespace to use for the containers in the task.
---@field ipcMode? awsjobs.ecs.IpcMode The IPC resource namespace to use for the containers in the task.
---@field proxyConfiguration? awsjobs.ecs.ProxyConfiguration The configuration details for the App Mesh proxy.
---@field inferenceAccelerators? awsjobs.ecs.InferenceAccelerator[] The Elastic Inference accelerators to use for the containers in the task.
---@field ephemeralStorage? awsjobs.ecs.EphemeralStorage The amount of ephemeral storage to allocate for the task.
---@field runtimePlatform? awsjobs.ecs.RuntimePlatform The operating system that your tasks definitions run on.
---@field enableFaultInjection? boolean Enables fault injection when you register your task definition and allows for fault injection requests to be accepted from the task's containers.

---@class awsjobs.ecs.RegisterTaskDefinitionResponse
---@field taskDefinition? awsjobs.ecs.TaskDefinition The full description of the registered task definition.
---@field tags? awsjobs.ecs.Tag[] The list of tags associated with the task definition.

---The repository credentials for private registry authentication.
---@class awsjobs.ecs.RepositoryCredentials
---@field credentialsParameter string The Amazon Resource Name (ARN) of the secret containing the private repository credentials.

---The resolved configuration for a service revision, which contains the actual resources your service revision uses, such as which target groups serve traffic.
---@class awsjobs.ecs.ResolvedConfiguration
---@field loadBalancers? awsjobs.ecs.ServiceRevisionLoadBalancer[] The resolved load balancer configuration for the service revision.

---Describes the resources available for a container instance.
---@class awsjobs.ecs.Resource
---@field name? string The name of the resource, such as CPU, MEMORY, PORTS, PORTS_UDP, or a user-defined resource.
---@field type? string The type of the resource.
---@field doubleValue? number When the doubleValue type is set, the value of the resource must be a double precision floating-point type.
---@field longValue? integer When the longValue type is set, the value of the resource must be an extended precision floating-point type.
---@field integerValue? integer When the integerValue type is set, the value of the resource must be an integer.
---@field stringSetValue? string[] When the stringSetValue type is set, the value of the resource must be a string type.

---The specified resource is in-use and can't be removed.
---(The members of `err.data` when `err.code` is ResourceInUseException.)
---@class awsjobs.ecs.ResourceInUseException
---@field message? string Message that describes the cause of the exception.

---The specified resource wasn't found.
---(The members of `err.data` when `err.code` is ResourceNotFoundException.)
---@class awsjobs.ecs.ResourceNotFoundException
---@field message? string Message that describes the cause of the exception.

---The type and amount of a resource to assign to a container.
---@class awsjobs.ecs.ResourceRequirement
---@field value string The value for the specified resource type.
---@field type awsjobs.ecs.ResourceType The type of resource to assign to a container.

---Information about the service deployment rollback.
---@class awsjobs.ecs.Rollback
---@field reason? string The reason the rollback happened.
---@field startedAt? awsjobs.Timestamp Time time that the rollback started.
---@field serviceRevisionArn? string The ARN of the service revision deployed as part of the rollback.

---@class awsjobs.ecs.RunTaskRequest
---@field capacityProviderStrategy? awsjobs.ecs.CapacityProviderStrategyItem[] The capacity provider strategy to use for the task.
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster to run your task on.
---@field count? integer The number of instantiations of the specified task to place on your cluster.
---@field enableECSManagedTags? boolean Specifies whether to use Amazon ECS managed tags for the task.
---@field enableExecuteCommand? boolean Determines whether to use the execute command functionality for the containers in this task.
---@field group? string The name of the task group to associate with the task.
---@field launchType? awsjobs.ecs.LaunchType The infrastructure to run your standalone task on.
---@field networkConfiguration? awsjobs.ecs.NetworkConfiguration The network configuration for the task.
---@field overrides? awsjobs.ecs.TaskOverride A list of container overrides in JSON format that specify the name of a container in the specified task definition and the overrides it should receive.
---@field placementConstraints? awsjobs.ecs.PlacementConstraint[] An array of placement constraint objects to use for the task.
---@field placementStrategy? awsjobs.ecs.PlacementStrategy[] The placement strategy objects to use for the task.
---@field platformVersion? string The platform version the task uses.
---@field propagateTags? awsjobs.ecs.PropagateTags Specifies whether to propagate the tags from the task definition to the task.
---@field referenceId? string This parameter is only used by Amazon ECS.
---@field startedBy? string An optional tag specified when a task is started.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the task to help you categorize and organize them.
---@field taskDefinition string The family and revision (family:revision) or full ARN of the task definition to run.
---@field clientToken? string An identifier that you provide to ensure the idempotency of the request.
---@field volumeConfigurations? awsjobs.ecs.TaskVolumeConfiguration[] The details of the volume that was configuredAtLaunch.

---@class awsjobs.ecs.RunTaskResponse
---@field tasks? awsjobs.ecs.Task[] A full description of the tasks that were run.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---Information about the platform for the Amazon ECS service or task.
---@class awsjobs.ecs.RuntimePlatform
---@field cpuArchitecture? awsjobs.ecs.CPUArchitecture The CPU architecture.
---@field operatingSystemFamily? awsjobs.ecs.OSFamily The operating system.

---This parameter is specified when you're using an Amazon S3 Files file system for task storage.
---@class awsjobs.ecs.S3FilesVolumeConfiguration
---@field fileSystemArn string The full ARN of the S3 Files file system to mount.
---@field rootDirectory? string The directory within the Amazon S3 Files file system to mount as the root directory.
---@field transitEncryptionPort? integer The port to use for sending encrypted data between the ECS host and the S3 Files file system.
---@field accessPointArn? string The full ARN of the S3 Files access point to use.

---A floating-point percentage of the desired number of tasks to place and keep running in the task set.
---@class awsjobs.ecs.Scale
---@field value? number The value, specified as a percent total of a service's desiredCount, to scale the task set.
---@field unit? awsjobs.ecs.ScaleUnit The unit of measure for the scale value.

---An object representing the secret to expose to your container.
---@class awsjobs.ecs.Secret
---@field name string The name of the secret.
---@field valueFrom string The secret to expose to the container.

---These errors are usually caused by a server issue.
---(The members of `err.data` when `err.code` is ServerException.)
---@class awsjobs.ecs.ServerException
---@field message? string Message that describes the cause of the exception.

---Details on a service within a cluster.
---@class awsjobs.ecs.Service
---@field serviceArn? string The ARN that identifies the service.
---@field serviceName? string The name of your service.
---@field clusterArn? string The Amazon Resource Name (ARN) of the cluster that hosts the service.
---@field loadBalancers? awsjobs.ecs.LoadBalancer[] A list of Elastic Load Balancing load balancer objects.
---@field serviceRegistries? awsjobs.ecs.ServiceRegistry[] The details for the service discovery registries to assign to this service.
---@field status? string The status of the service.
---@field desiredCount? integer The desired number of instantiations of the task definition to keep running on the service.
---@field runningCount? integer The number of tasks in the cluster that are in the RUNNING state.
---@field pendingCount? integer The number of tasks in the cluster that are in the PENDING state.
---@field launchType? awsjobs.ecs.LaunchType The launch type the service is using.
---@field capacityProviderStrategy? awsjobs.ecs.CapacityProviderStrategyItem[] The capacity provider strategy the service uses.
---@field platformVersion? string The platform version to run your service on.
---@field platformFamily? string The operating system that your tasks in the service run on.
---@field taskDefinition? string The task definition to use for tasks in the service.
---@field deploymentConfiguration? awsjobs.ecs.DeploymentConfiguration Optional deployment parameters that control how many tasks run during the deployment and the ordering of stopping and starting tasks.
---@field taskSets? awsjobs.ecs.TaskSet[] Information about a set of Amazon ECS tasks in either an CodeDeploy or an EXTERNAL deployment.
---@field deployments? awsjobs.ecs.Deployment[] The current state of deployments for the service.
---@field roleArn? string The ARN of the IAM role that's associated with the service.
---@field events? awsjobs.ecs.ServiceEvent[] The event stream for your service.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for the time when the service was created.
---@field currentServiceDeployment? string The ARN of the current service deployment.
---@field currentServiceRevisions? awsjobs.ecs.ServiceCurrentRevisionSummary[] The list of the service revisions.
---@field placementConstraints? awsjobs.ecs.PlacementConstraint[] The placement constraints for the tasks in the service.
---@field placementStrategy? awsjobs.ecs.PlacementStrategy[] The placement strategy that determines how tasks for the service are placed.
---@field networkConfiguration? awsjobs.ecs.NetworkConfiguration The VPC subnet and security group configuration for tasks that receive their own elastic network interface by using the awsvpc networking mode.
---@field healthCheckGracePeriodSeconds? integer The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy Elastic Load Balancing, VPC Lattice, and container health checks...
---@field schedulingStrategy? awsjobs.ecs.SchedulingStrategy The scheduling strategy to use for the service.
---@field deploymentController? awsjobs.ecs.DeploymentController The deployment controller type the service is using.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the service to help you categorize and organize them.
---@field createdBy? string The principal that created the service.
---@field enableECSManagedTags? boolean Determines whether to use Amazon ECS managed tags for the tasks in the service.
---@field propagateTags? awsjobs.ecs.PropagateTags Determines whether to propagate the tags from the task definition or the service to the task.
---@field enableExecuteCommand? boolean Determines whether the execute command functionality is turned on for the service.
---@field availabilityZoneRebalancing? awsjobs.ecs.AvailabilityZoneRebalancing Indicates whether to use Availability Zone rebalancing for the service.
---@field resourceManagementType? awsjobs.ecs.ResourceManagementType Identifies whether an ECS Service is an Express Service managed by ECS, or managed by the customer.

---Configuration for Service Connect access logging.
---@class awsjobs.ecs.ServiceConnectAccessLogConfiguration
---@field format awsjobs.ecs.ServiceConnectAccessLoggingFormat The format for Service Connect access log output.
---@field includeQueryParameters? awsjobs.ecs.ServiceConnectIncludeQueryParameters Specifies whether to include query parameters in Service Connect access logs.

---Each alias ("endpoint") is a fully-qualified name and port number that other tasks ("clients") can use to connect to this service.
---@class awsjobs.ecs.ServiceConnectClientAlias
---@field port integer The listening port number for the Service Connect proxy.
---@field dnsName? string The dnsName is the name that you use in the applications of client tasks to connect to this service.
---@field testTrafficRules? awsjobs.ecs.ServiceConnectTestTrafficRules The configuration for test traffic routing rules used during blue/green deployments with Amazon ECS Service Connect.

---The Service Connect configuration of your Amazon ECS service.
---@class awsjobs.ecs.ServiceConnectConfiguration
---@field enabled boolean Specifies whether to use Service Connect with this service.
---@field namespace? string The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace for use with Service Connect.
---@field services? awsjobs.ecs.ServiceConnectService[] The list of Service Connect service objects.
---@field logConfiguration? awsjobs.ecs.LogConfiguration
---@field accessLogConfiguration? awsjobs.ecs.ServiceConnectAccessLogConfiguration The configuration for Service Connect access logging.

---The Service Connect service object configuration.
---@class awsjobs.ecs.ServiceConnectService
---@field portName string The portName must match the name of one of the portMappings from all the containers in the task definition of this Amazon ECS service.
---@field discoveryName? string The discoveryName is the name of the new Cloud Map service that Amazon ECS creates for this Amazon ECS service.
---@field clientAliases? awsjobs.ecs.ServiceConnectClientAlias[] The list of client aliases for this Service Connect service.
---@field ingressPortOverride? integer The port number for the Service Connect proxy to listen on.
---@field timeout? awsjobs.ecs.TimeoutConfiguration A reference to an object that represents the configured timeouts for Service Connect.
---@field tls? awsjobs.ecs.ServiceConnectTlsConfiguration A reference to an object that represents a Transport Layer Security (TLS) configuration.

---The Service Connect resource.
---@class awsjobs.ecs.ServiceConnectServiceResource
---@field discoveryName? string The discovery name of this Service Connect resource.
---@field discoveryArn? string The Amazon Resource Name (ARN) for the service in Cloud Map that matches the discovery name for this Service Connect resource.

---The header matching rules for test traffic routing in Amazon ECS blue/green deployments.
---@class awsjobs.ecs.ServiceConnectTestTrafficHeaderMatchRules
---@field exact string The exact value that the HTTP header must match for the test traffic routing rule to apply.

---The HTTP header rules used to identify and route test traffic during Amazon ECS blue/green deployments.
---@class awsjobs.ecs.ServiceConnectTestTrafficHeaderRules
---@field name string The name of the HTTP header to examine for test traffic routing.
---@field value? awsjobs.ecs.ServiceConnectTestTrafficHeaderMatchRules The header value matching configuration that determines how the HTTP header value is evaluated for test traffic routing decisions.

---The test traffic routing configuration for Amazon ECS blue/green deployments.
---@class awsjobs.ecs.ServiceConnectTestTrafficRules
---@field header awsjobs.ecs.ServiceConnectTestTrafficHeaderRules The HTTP header-based routing rules that determine which requests should be routed to the new service version during blue/green deployment testing.

---The certificate root authority that secures your service.
---@class awsjobs.ecs.ServiceConnectTlsCertificateAuthority
---@field awsPcaAuthorityArn? string The ARN of the Amazon Web Services Private Certificate Authority certificate.

---The key that encrypts and decrypts your resources for Service Connect TLS.
---@class awsjobs.ecs.ServiceConnectTlsConfiguration
---@field issuerCertificateAuthority awsjobs.ecs.ServiceConnectTlsCertificateAuthority The signer certificate authority.
---@field kmsKey? string The Amazon Web Services Key Management Service key.
---@field roleArn? string The Amazon Resource Name (ARN) of the IAM role that's associated with the Service Connect TLS.

---The summary of the current service revision configuration
---@class awsjobs.ecs.ServiceCurrentRevisionSummary
---@field arn? string The ARN of the current service revision.
---@field requestedTaskCount? integer The number of requested tasks in the current service revision
---@field runningTaskCount? integer The number of running tasks of the current service revision
---@field pendingTaskCount? integer The number of pending tasks in the current service revision

---Information about the service deployment.
---@class awsjobs.ecs.ServiceDeployment
---@field serviceDeploymentArn? string The ARN of the service deployment.
---@field serviceArn? string The ARN of the service for this service deployment.
---@field clusterArn? string The ARN of the cluster that hosts the service.
---@field createdAt? awsjobs.Timestamp The time the service deployment was created.
---@field startedAt? awsjobs.Timestamp The time the service deployment statred.
---@field finishedAt? awsjobs.Timestamp The time the service deployment finished.
---@field stoppedAt? awsjobs.Timestamp The time the service deployment stopped.
---@field updatedAt? awsjobs.Timestamp The time that the service deployment was last updated.
---@field sourceServiceRevisions? awsjobs.ecs.ServiceRevisionSummary[] The currently deployed workload configuration.
---@field targetServiceRevision? awsjobs.ecs.ServiceRevisionSummary The workload configuration being deployed.
---@field status? awsjobs.ecs.ServiceDeploymentStatus The service deployment state.
---@field statusReason? string Information about why the service deployment is in the current status.
---@field lifecycleStage? awsjobs.ecs.ServiceDeploymentLifecycleStage The current lifecycle stage of the deployment.
---@field lifecycleHookDetails? awsjobs.ecs.DeploymentLifecycleHookDetail[] The details of the lifecycle hooks for the current service deployment.
---@field deploymentConfiguration? awsjobs.ecs.DeploymentConfiguration
---@field rollback? awsjobs.ecs.Rollback The rollback options the service deployment uses when the deployment fails.
---@field deploymentCircuitBreaker? awsjobs.ecs.ServiceDeploymentCircuitBreaker The circuit breaker configuration that determines a service deployment failed.
---@field alarms? awsjobs.ecs.ServiceDeploymentAlarms The CloudWatch alarms that determine when a service deployment fails.

---The CloudWatch alarms used to determine a service deployment failed.
---@class awsjobs.ecs.ServiceDeploymentAlarms
---@field status? awsjobs.ecs.ServiceDeploymentRollbackMonitorsStatus The status of the alarms check.
---@field alarmNames? string[] The name of the CloudWatch alarms that determine when a service deployment failed.
---@field triggeredAlarmNames? string[] One or more CloudWatch alarm names that have been triggered during the service deployment.

---The service deployment properties that are retured when you call ListServiceDeployments.
---@class awsjobs.ecs.ServiceDeploymentBrief
---@field serviceDeploymentArn? string The ARN of the service deployment.
---@field serviceArn? string The ARN of the service for this service deployment.
---@field clusterArn? string The ARN of the cluster that hosts the service.
---@field startedAt? awsjobs.Timestamp The time that the service deployment statred.
---@field createdAt? awsjobs.Timestamp The time that the service deployment was created.
---@field finishedAt? awsjobs.Timestamp The time that the service deployment completed.
---@field targetServiceRevisionArn? string The ARN of the service revision being deplyed.
---@field status? awsjobs.ecs.ServiceDeploymentStatus The status of the service deployment
---@field statusReason? string Information about why the service deployment is in the current status.

---Information about the circuit breaker used to determine when a service deployment has failed.
---@class awsjobs.ecs.ServiceDeploymentCircuitBreaker
---@field status? awsjobs.ecs.ServiceDeploymentRollbackMonitorsStatus The circuit breaker status.
---@field failureCount? integer The number of times the circuit breaker detected a service deploymeny failure.
---@field threshold? integer The threshhold which determines that the service deployment failed.

---The service deploy ARN that you specified in the StopServiceDeployment doesn't exist.
---(The members of `err.data` when `err.code` is ServiceDeploymentNotFoundException.)
---@class awsjobs.ecs.ServiceDeploymentNotFoundException
---@field message? string Message that describes the cause of the exception.

---The details for an event that's associated with a service.
---@class awsjobs.ecs.ServiceEvent
---@field id? string The ID string for the event.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for the time when the event was triggered.
---@field message? string The event message.

---The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.
---@class awsjobs.ecs.ServiceManagedEBSVolumeConfiguration
---@field encrypted? boolean Indicates whether the volume should be encrypted.
---@field kmsKeyId? string The Amazon Resource Name (ARN) identifier of the Amazon Web Services Key Management Service key to use for Amazon EBS encryption.
---@field volumeType? string The volume type.
---@field sizeInGiB? integer The size of the volume in GiB.
---@field snapshotId? string The snapshot that Amazon ECS uses to create volumes for attachment to tasks maintained by the service.
---@field volumeInitializationRate? integer The rate, in MiB/s, at which data is fetched from a snapshot of an existing EBS volume to create new volumes for attachment to the tasks maintained by the...
---@field iops? integer The number of I/O operations per second (IOPS).
---@field throughput? integer The throughput to provision for a volume, in MiB/s, with a maximum of 1,000 MiB/s.
---@field tagSpecifications? awsjobs.ecs.EBSTagSpecification[] The tags to apply to the volume.
---@field roleArn string The ARN of the IAM role to associate with this volume.
---@field filesystemType? awsjobs.ecs.TaskFilesystemType The filesystem type for the volume.

---The specified service isn't active.
---(The members of `err.data` when `err.code` is ServiceNotActiveException.)
---@class awsjobs.ecs.ServiceNotActiveException
---@field message? string Message that describes the cause of the exception.

---The specified service wasn't found.
---(The members of `err.data` when `err.code` is ServiceNotFoundException.)
---@class awsjobs.ecs.ServiceNotFoundException
---@field message? string Message that describes the cause of the exception.

---The details for the service registry.
---@class awsjobs.ecs.ServiceRegistry
---@field registryArn? string The Amazon Resource Name (ARN) of the service registry.
---@field port? integer The port value used if your service discovery service specified an SRV record.
---@field containerName? string The container name value to be used for your service discovery service.
---@field containerPort? integer The port value to be used for your service discovery service.

---Information about the service revision.
---@class awsjobs.ecs.ServiceRevision
---@field serviceRevisionArn? string The ARN of the service revision.
---@field serviceArn? string The ARN of the service for the service revision.
---@field clusterArn? string The ARN of the cluster that hosts the service.
---@field taskDefinition? string The task definition the service revision uses.
---@field capacityProviderStrategy? awsjobs.ecs.CapacityProviderStrategyItem[] The capacity provider strategy the service revision uses.
---@field launchType? awsjobs.ecs.LaunchType The launch type the service revision uses.
---@field platformVersion? string For the Fargate launch type, the platform version the service revision uses.
---@field platformFamily? string The platform family the service revision uses.
---@field loadBalancers? awsjobs.ecs.LoadBalancer[] The load balancers the service revision uses.
---@field serviceRegistries? awsjobs.ecs.ServiceRegistry[] The service registries (for Service Discovery) the service revision uses.
---@field networkConfiguration? awsjobs.ecs.NetworkConfiguration
---@field containerImages? awsjobs.ecs.ContainerImage[] The container images the service revision uses.
---@field guardDutyEnabled? boolean Indicates whether Runtime Monitoring is turned on.
---@field serviceConnectConfiguration? awsjobs.ecs.ServiceConnectConfiguration
---@field volumeConfigurations? awsjobs.ecs.ServiceVolumeConfiguration[] The volumes that are configured at deployment that the service revision uses.
---@field fargateEphemeralStorage? awsjobs.ecs.DeploymentEphemeralStorage
---@field createdAt? awsjobs.Timestamp The time that the service revision was created.
---@field vpcLatticeConfigurations? awsjobs.ecs.VpcLatticeConfiguration[] The VPC Lattice configuration for the service revision.
---@field resolvedConfiguration? awsjobs.ecs.ResolvedConfiguration The resolved configuration for the service revision which contains the actual resources your service revision uses, such as which target groups serve traffic.
---@field ecsManagedResources? awsjobs.ecs.ECSManagedResources The resources created and managed by Amazon ECS when you create an Express service for Amazon ECS.

---The resolved load balancer configuration for a service revision.
---@class awsjobs.ecs.ServiceRevisionLoadBalancer
---@field targetGroupArn? string The Amazon Resource Name (ARN) of the target group associated with the service revision.
---@field productionListenerRule? string The Amazon Resource Name (ARN) of the production listener rule or listener that directs traffic to the target group associated with the service revision.

---The information about the number of requested, pending, and running tasks for a service revision.
---@class awsjobs.ecs.ServiceRevisionSummary
---@field arn? string The ARN of the service revision.
---@field requestedTaskCount? integer The number of requested tasks for the service revision.
---@field runningTaskCount? integer The number of running tasks for the service revision.
---@field pendingTaskCount? integer The number of pending tasks for the service revision.
---@field requestedTestTrafficWeight? number The percentage of test traffic that is directed to this service revision.
---@field requestedProductionTrafficWeight? number The percentage of production traffic that is directed to this service revision.

---The configuration for a volume specified in the task definition as a volume that is configured at launch time.
---@class awsjobs.ecs.ServiceVolumeConfiguration
---@field name string The name of the volume.
---@field managedEBSVolume? awsjobs.ecs.ServiceManagedEBSVolumeConfiguration The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.

---The details for the execute command session.
---@class awsjobs.ecs.Session
---@field sessionId? string The ID of the execute command session.
---@field streamUrl? string A URL to the managed agent on the container that the SSM Session Manager client uses to send commands and receive output from the container.
---@field tokenValue? string An encrypted token value containing session and caller information.

---The current account setting for a resource.
---@class awsjobs.ecs.Setting
---@field name? awsjobs.ecs.SettingName The Amazon ECS resource name.
---@field value? string Determines whether the account setting is on or off for the specified resource.
---@field principalArn? string The ARN of the principal.
---@field type? awsjobs.ecs.SettingType Indicates whether Amazon Web Services manages the account setting, or if the user manages it.

---@class awsjobs.ecs.StartTaskRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster where to start your task.
---@field containerInstances string[] The container instance IDs or full ARN entries for the container instances where you would like to place your task.
---@field enableECSManagedTags? boolean Specifies whether to use Amazon ECS managed tags for the task.
---@field enableExecuteCommand? boolean Whether or not the execute command functionality is turned on for the task.
---@field group? string The name of the task group to associate with the task.
---@field networkConfiguration? awsjobs.ecs.NetworkConfiguration The VPC subnet and security group configuration for tasks that receive their own elastic network interface by using the awsvpc networking mode.
---@field overrides? awsjobs.ecs.TaskOverride A list of container overrides in JSON format that specify the name of a container in the specified task definition and the overrides it receives.
---@field propagateTags? awsjobs.ecs.PropagateTags Specifies whether to propagate the tags from the task definition or the service to the task.
---@field referenceId? string This parameter is only used by Amazon ECS.
---@field startedBy? string An optional tag specified when a task is started.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the task to help you categorize and organize them.
---@field taskDefinition string The family and revision (family:revision) or full ARN of the task definition to start.
---@field volumeConfigurations? awsjobs.ecs.TaskVolumeConfiguration[] The details of the volume that was configuredAtLaunch.

---@class awsjobs.ecs.StartTaskResponse
---@field tasks? awsjobs.ecs.Task[] A full description of the tasks that were started.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---@class awsjobs.ecs.StopServiceDeploymentRequest
---@field serviceDeploymentArn string The ARN of the service deployment that you want to stop.
---@field stopType? awsjobs.ecs.StopServiceDeploymentStopType How you want Amazon ECS to stop the service.

---@class awsjobs.ecs.StopServiceDeploymentResponse
---@field serviceDeploymentArn? string The ARN of the stopped service deployment.

---@class awsjobs.ecs.StopTaskRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task to stop.
---@field task string Thefull Amazon Resource Name (ARN) of the task.
---@field reason? string An optional message specified when a task is stopped.

---@class awsjobs.ecs.StopTaskResponse
---@field task? awsjobs.ecs.Task The task that was stopped.

---@class awsjobs.ecs.SubmitAttachmentStateChangesRequest
---@field cluster? string The short name or full ARN of the cluster that hosts the container instance the attachment belongs to.
---@field attachments awsjobs.ecs.AttachmentStateChange[] Any attachments associated with the state change request.

---@class awsjobs.ecs.SubmitAttachmentStateChangesResponse
---@field acknowledgment? string Acknowledgement of the state change.

---@class awsjobs.ecs.SubmitContainerStateChangeRequest
---@field cluster? string The short name or full ARN of the cluster that hosts the container.
---@field task? string The task ID or full Amazon Resource Name (ARN) of the task that hosts the container.
---@field containerName? string The name of the container.
---@field runtimeId? string The ID of the Docker container.
---@field status? string The status of the state change request.
---@field exitCode? integer The exit code that's returned for the state change request.
---@field reason? string The reason for the state change request.
---@field networkBindings? awsjobs.ecs.NetworkBinding[] The network bindings of the container.

---@class awsjobs.ecs.SubmitContainerStateChangeResponse
---@field acknowledgment? string Acknowledgement of the state change.

---@class awsjobs.ecs.SubmitTaskStateChangeRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task.
---@field task? string The task ID or full ARN of the task in the state change request.
---@field status? string The status of the state change request.
---@field reason? string The reason for the state change request.
---@field containers? awsjobs.ecs.ContainerStateChange[] Any containers that's associated with the state change request.
---@field attachments? awsjobs.ecs.AttachmentStateChange[] Any attachments associated with the state change request.
---@field managedAgents? awsjobs.ecs.ManagedAgentStateChange[] The details for the managed agent that's associated with the task.
---@field pullStartedAt? awsjobs.Timestamp The Unix timestamp for the time when the container image pull started.
---@field pullStoppedAt? awsjobs.Timestamp The Unix timestamp for the time when the container image pull completed.
---@field executionStoppedAt? awsjobs.Timestamp The Unix timestamp for the time when the task execution stopped.

---@class awsjobs.ecs.SubmitTaskStateChangeResponse
---@field acknowledgment? string Acknowledgement of the state change.

---A list of namespaced kernel parameters to set in the container.
---@class awsjobs.ecs.SystemControl
---@field namespace? string The namespaced kernel parameter to set a value for.
---@field value? string The namespaced kernel parameter to set a value for.

---The metadata that you apply to a resource to help you categorize and organize them.
---@class awsjobs.ecs.Tag
---@field key? string One part of a key-value pair that make up a tag.
---@field value? string The optional part of a key-value pair that make up a tag.

---@class awsjobs.ecs.TagResourceRequest
---@field resourceArn string The Amazon Resource Name (ARN) of the resource to add tags to.
---@field tags awsjobs.ecs.Tag[] The tags to add to the resource.

---@class awsjobs.ecs.TagResourceResponse

---The execute command cannot run.
---(The members of `err.data` when `err.code` is TargetNotConnectedException.)
---@class awsjobs.ecs.TargetNotConnectedException
---@field message? string Message that describes the cause of the exception.

---The specified target wasn't found.
---(The members of `err.data` when `err.code` is TargetNotFoundException.)
---@class awsjobs.ecs.TargetNotFoundException
---@field message? string Message that describes the cause of the exception.

---Details on a task in a cluster.
---@class awsjobs.ecs.Task
---@field attachments? awsjobs.ecs.Attachment[] The Elastic Network Adapter that's associated with the task if the task uses the awsvpc network mode.
---@field attributes? awsjobs.ecs.Attribute[] The attributes of the task
---@field availabilityZone? string The Availability Zone for the task.
---@field capacityProviderName? string The capacity provider that's associated with the task.
---@field clusterArn? string The ARN of the cluster that hosts the task.
---@field connectivity? awsjobs.ecs.Connectivity The connectivity status of a task.
---@field connectivityAt? awsjobs.Timestamp The Unix timestamp for the time when the task last went into CONNECTED status.
---@field containerInstanceArn? string The ARN of the container instances that host the task.
---@field containers? awsjobs.ecs.Container[] The containers that's associated with the task.
---@field cpu? string The number of CPU units used by the task as expressed in a task definition.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for the time when the task was created.
---@field desiredStatus? string The desired status of the task.
---@field enableExecuteCommand? boolean Determines whether execute command functionality is turned on for this task.
---@field executionStoppedAt? awsjobs.Timestamp The Unix timestamp for the time when the task execution stopped.
---@field group? string The name of the task group that's associated with the task.
---@field healthStatus? awsjobs.ecs.HealthStatus The health status for the task.
---@field inferenceAccelerators? awsjobs.ecs.InferenceAccelerator[] The Elastic Inference accelerator that's associated with the task.
---@field lastStatus? string The last known status for the task.
---@field launchType? awsjobs.ecs.LaunchType The infrastructure where your task runs on.
---@field memory? string The amount of memory (in MiB) that the task uses as expressed in a task definition.
---@field overrides? awsjobs.ecs.TaskOverride One or more container overrides.
---@field platformVersion? string The platform version where your task runs on.
---@field platformFamily? string The operating system that your tasks are running on.
---@field pullStartedAt? awsjobs.Timestamp The Unix timestamp for the time when the container image pull began.
---@field pullStoppedAt? awsjobs.Timestamp The Unix timestamp for the time when the container image pull completed.
---@field startedAt? awsjobs.Timestamp The Unix timestamp for the time when the task started.
---@field startedBy? string The tag specified when a task is started.
---@field stopCode? awsjobs.ecs.TaskStopCode The stop code indicating why a task was stopped.
---@field stoppedAt? awsjobs.Timestamp The Unix timestamp for the time when the task was stopped.
---@field stoppedReason? string The reason that the task was stopped.
---@field stoppingAt? awsjobs.Timestamp The Unix timestamp for the time when the task stops.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the task to help you categorize and organize the task.
---@field taskArn? string The Amazon Resource Name (ARN) of the task.
---@field taskDefinitionArn? string The ARN of the task definition that creates the task.
---@field version? integer The version counter for the task.
---@field ephemeralStorage? awsjobs.ecs.EphemeralStorage The ephemeral storage settings for the task.
---@field fargateEphemeralStorage? awsjobs.ecs.TaskEphemeralStorage The Fargate ephemeral storage settings for the task.

---The details of a task definition which describes the container and volume definitions of an Amazon Elastic Container Service task.
---@class awsjobs.ecs.TaskDefinition
---@field taskDefinitionArn? string The full Amazon Resource Name (ARN) of the task definition.
---@field containerDefinitions? awsjobs.ecs.ContainerDefinition[] A list of container definitions in JSON format that describe the different containers that make up your task.
---@field family? string The name of a family that this task definition is registered to.
---@field taskRoleArn? string The short name or full Amazon Resource Name (ARN) of the Identity and Access Management role that grants containers in the task permission to call Amazon...
---@field executionRoleArn? string The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls on...
---@field networkMode? awsjobs.ecs.NetworkMode The Docker networking mode to use for the containers in the task.
---@field revision? integer The revision of the task in a particular family.
---@field volumes? awsjobs.ecs.Volume[] The list of data volume definitions for the task.
---@field status? awsjobs.ecs.TaskDefinitionStatus The status of the task definition.
---@field requiresAttributes? awsjobs.ecs.Attribute[] The container instance attributes required by your task.
---@field placementConstraints? awsjobs.ecs.TaskDefinitionPlacementConstraint[] An array of placement constraint objects to use for tasks.
---@field compatibilities? awsjobs.ecs.Compatibility[] Amazon ECS validates the task definition parameters with those supported by the launch type.
---@field runtimePlatform? awsjobs.ecs.RuntimePlatform The operating system that your task definitions are running on.
---@field requiresCompatibilities? awsjobs.ecs.Compatibility[] The task launch types the task definition was validated against.
---@field cpu? string The number of cpu units used by the task.
---@field memory? string The amount (in MiB) of memory used by the task.
---@field inferenceAccelerators? awsjobs.ecs.InferenceAccelerator[] The Elastic Inference accelerator that's associated with the task.
---@field pidMode? awsjobs.ecs.PidMode The process namespace to use for the containers in the task.
---@field ipcMode? awsjobs.ecs.IpcMode The IPC resource namespace to use for the containers in the task.
---@field proxyConfiguration? awsjobs.ecs.ProxyConfiguration The configuration details for the App Mesh proxy.
---@field registeredAt? awsjobs.Timestamp The Unix timestamp for the time when the task definition was registered.
---@field deregisteredAt? awsjobs.Timestamp The Unix timestamp for the time when the task definition was deregistered.
---@field deleteRequestedAt? awsjobs.Timestamp The Unix timestamp for the time when the task definition delete was requested.
---@field registeredBy? string The principal that registered the task definition.
---@field ephemeralStorage? awsjobs.ecs.EphemeralStorage The ephemeral storage settings to use for tasks run with the task definition.
---@field enableFaultInjection? boolean Enables fault injection and allows for fault injection requests to be accepted from the task's containers.

---The constraint on task placement in the task definition.
---@class awsjobs.ecs.TaskDefinitionPlacementConstraint
---@field type? awsjobs.ecs.TaskDefinitionPlacementConstraintType The type of constraint.
---@field expression? string A cluster query language expression to apply to the constraint.

---The amount of ephemeral storage to allocate for the task.
---@class awsjobs.ecs.TaskEphemeralStorage
---@field sizeInGiB? integer The total amount, in GiB, of the ephemeral storage to set for the task.
---@field kmsKeyId? string Specify an Key Management Service key ID to encrypt the ephemeral storage for the task.

---The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.
---@class awsjobs.ecs.TaskManagedEBSVolumeConfiguration
---@field encrypted? boolean Indicates whether the volume should be encrypted.
---@field kmsKeyId? string The Amazon Resource Name (ARN) identifier of the Amazon Web Services Key Management Service key to use for Amazon EBS encryption.
---@field volumeType? string The volume type.
---@field sizeInGiB? integer The size of the volume in GiB.
---@field snapshotId? string The snapshot that Amazon ECS uses to create the volume.
---@field volumeInitializationRate? integer The rate, in MiB/s, at which data is fetched from a snapshot of an existing Amazon EBS volume to create a new volume for attachment to the task.
---@field iops? integer The number of I/O operations per second (IOPS).
---@field throughput? integer The throughput to provision for a volume, in MiB/s, with a maximum of 1,000 MiB/s.
---@field tagSpecifications? awsjobs.ecs.EBSTagSpecification[] The tags to apply to the volume.
---@field roleArn string The ARN of the IAM role to associate with this volume.
---@field terminationPolicy? awsjobs.ecs.TaskManagedEBSVolumeTerminationPolicy The termination policy for the volume when the task exits.
---@field filesystemType? awsjobs.ecs.TaskFilesystemType The Linux filesystem type for the volume.

---The termination policy for the Amazon EBS volume when the task exits.
---@class awsjobs.ecs.TaskManagedEBSVolumeTerminationPolicy
---@field deleteOnTermination boolean Indicates whether the volume should be deleted on when the task stops.

---The overrides that are associated with a task.
---@class awsjobs.ecs.TaskOverride
---@field containerOverrides? awsjobs.ecs.ContainerOverride[] One or more container overrides that are sent to a task.
---@field cpu? string The CPU override for the task.
---@field inferenceAcceleratorOverrides? awsjobs.ecs.InferenceAcceleratorOverride[] The Elastic Inference accelerator override for the task.
---@field executionRoleArn? string The Amazon Resource Name (ARN) of the task execution role override for the task.
---@field memory? string The memory override for the task.
---@field taskRoleArn? string The Amazon Resource Name (ARN) of the role that containers in this task can assume.
---@field ephemeralStorage? awsjobs.ecs.EphemeralStorage The ephemeral storage setting override for the task.

---Information about a set of Amazon ECS tasks in either an CodeDeploy or an EXTERNAL deployment.
---@class awsjobs.ecs.TaskSet
---@field id? string The ID of the task set.
---@field taskSetArn? string The Amazon Resource Name (ARN) of the task set.
---@field serviceArn? string The Amazon Resource Name (ARN) of the service the task set exists in.
---@field clusterArn? string The Amazon Resource Name (ARN) of the cluster that the service that hosts the task set exists in.
---@field startedBy? string The tag specified when a task set is started.
---@field externalId? string The external ID associated with the task set.
---@field status? string The status of the task set.
---@field taskDefinition? string The task definition that the task set is using.
---@field computedDesiredCount? integer The computed desired count for the task set.
---@field pendingCount? integer The number of tasks in the task set that are in the PENDING status during a deployment.
---@field runningCount? integer The number of tasks in the task set that are in the RUNNING status during a deployment.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for the time when the task set was created.
---@field updatedAt? awsjobs.Timestamp The Unix timestamp for the time when the task set was last updated.
---@field launchType? awsjobs.ecs.LaunchType The launch type the tasks in the task set are using.
---@field capacityProviderStrategy? awsjobs.ecs.CapacityProviderStrategyItem[] The capacity provider strategy that are associated with the task set.
---@field platformVersion? string The Fargate platform version where the tasks in the task set are running.
---@field platformFamily? string The operating system that your tasks in the set are running on.
---@field networkConfiguration? awsjobs.ecs.NetworkConfiguration The network configuration for the task set.
---@field loadBalancers? awsjobs.ecs.LoadBalancer[] Details on a load balancer that are used with a task set.
---@field serviceRegistries? awsjobs.ecs.ServiceRegistry[] The details for the service discovery registries to assign to this task set.
---@field scale? awsjobs.ecs.Scale A floating-point percentage of your desired number of tasks to place and keep running in the task set.
---@field stabilityStatus? awsjobs.ecs.StabilityStatus The stability status.
---@field stabilityStatusAt? awsjobs.Timestamp The Unix timestamp for the time when the task set stability status was retrieved.
---@field tags? awsjobs.ecs.Tag[] The metadata that you apply to the task set to help you categorize and organize them.
---@field fargateEphemeralStorage? awsjobs.ecs.DeploymentEphemeralStorage The Fargate ephemeral storage settings for the task set.

---The specified task set wasn't found.
---(The members of `err.data` when `err.code` is TaskSetNotFoundException.)
---@class awsjobs.ecs.TaskSetNotFoundException
---@field message? string Message that describes the cause of the exception.

---Configuration settings for the task volume that was configuredAtLaunch that weren't set during RegisterTaskDef.
---@class awsjobs.ecs.TaskVolumeConfiguration
---@field name string The name of the volume.
---@field managedEBSVolume? awsjobs.ecs.TaskManagedEBSVolumeConfiguration The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.

---An object that represents the timeout configurations for Service Connect.
---@class awsjobs.ecs.TimeoutConfiguration
---@field idleTimeoutSeconds? integer The amount of time in seconds a connection will stay active while idle.
---@field perRequestTimeoutSeconds? integer The amount of time waiting for the upstream to respond with a complete response per request.

---The container path, mount options, and size of the tmpfs mount.
---@class awsjobs.ecs.Tmpfs
---@field containerPath string The absolute file path where the tmpfs volume is to be mounted.
---@field size integer The maximum size (in MiB) of the tmpfs volume.
---@field mountOptions? string[] The list of tmpfs volume mount options.

---The minimum and maximum total local storage in gigabytes (GB) for instance types with local storage.
---@class awsjobs.ecs.TotalLocalStorageGBRequest
---@field min? number The minimum total local storage in GB.
---@field max? number The maximum total local storage in GB.

---The ulimit settings to pass to the container.
---@class awsjobs.ecs.Ulimit
---@field name awsjobs.ecs.UlimitName The type of the ulimit.
---@field softLimit integer The soft limit for the ulimit type.
---@field hardLimit integer The hard limit for the ulimit type.

---The specified task isn't supported in this Region.
---(The members of `err.data` when `err.code` is UnsupportedFeatureException.)
---@class awsjobs.ecs.UnsupportedFeatureException
---@field message? string Message that describes the cause of the exception.

---@class awsjobs.ecs.UntagResourceRequest
---@field resourceArn string The Amazon Resource Name (ARN) of the resource to delete tags from.
---@field tagKeys string[] The keys of the tags to be removed.

---@class awsjobs.ecs.UntagResourceResponse

---@class awsjobs.ecs.UpdateCapacityProviderRequest
---@field name string The name of the capacity provider to update.
---@field cluster? string The name of the cluster that contains the capacity provider to update.
---@field autoScalingGroupProvider? awsjobs.ecs.AutoScalingGroupProviderUpdate An object that represent the parameters to update for the Auto Scaling group capacity provider.
---@field managedInstancesProvider? awsjobs.ecs.UpdateManagedInstancesProviderConfiguration The updated configuration for the Amazon ECS Managed Instances provider.

---@class awsjobs.ecs.UpdateCapacityProviderResponse
---@field capacityProvider? awsjobs.ecs.CapacityProvider Details about the capacity provider.

---@class awsjobs.ecs.UpdateClusterRequest
---@field cluster string The name of the cluster to modify the settings for.
---@field settings? awsjobs.ecs.ClusterSetting[] The cluster settings for your cluster.
---@field configuration? awsjobs.ecs.ClusterConfiguration The execute command configuration for the cluster.
---@field serviceConnectDefaults? awsjobs.ecs.ClusterServiceConnectDefaultsRequest Use this parameter to set a default Service Connect namespace.

---@class awsjobs.ecs.UpdateClusterResponse
---@field cluster? awsjobs.ecs.Cluster Details about the cluster.

---@class awsjobs.ecs.UpdateClusterSettingsRequest
---@field cluster string The name of the cluster to modify the settings for.
---@field settings awsjobs.ecs.ClusterSetting[] The setting to use by default for a cluster.

---@class awsjobs.ecs.UpdateClusterSettingsResponse
---@field cluster? awsjobs.ecs.Cluster Details about the cluster

---@class awsjobs.ecs.UpdateContainerAgentRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that your container instance is running on.
---@field containerInstance string The container instance ID or full ARN entries for the container instance where you would like to update the Amazon ECS container agent.

---@class awsjobs.ecs.UpdateContainerAgentResponse
---@field containerInstance? awsjobs.ecs.ContainerInstance The container instance that the container agent was updated for.

---@class awsjobs.ecs.UpdateContainerInstancesStateRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the container instance to update.
---@field containerInstances string[] A list of up to 10 container instance IDs or full ARN entries.
---@field status awsjobs.ecs.ContainerInstanceStatus The container instance state to update the container instance with.

---@class awsjobs.ecs.UpdateContainerInstancesStateResponse
---@field containerInstances? awsjobs.ecs.ContainerInstance[] The list of container instances.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---@class awsjobs.ecs.UpdateDaemonRequest
---@field daemonArn string The Amazon Resource Name (ARN) of the daemon to update.
---@field daemonTaskDefinitionArn string The Amazon Resource Name (ARN) of the daemon task definition to use for the updated daemon.
---@field capacityProviderArns string[] The Amazon Resource Names (ARNs) of the capacity providers to associate with the daemon.
---@field deploymentConfiguration? awsjobs.ecs.DaemonDeploymentConfiguration Optional deployment parameters that control how the daemon rolls out updates, including the drain percentage, alarm-based rollback, and bake time.
---@field propagateTags? awsjobs.ecs.DaemonPropagateTags Specifies whether to propagate the tags from the daemon to the daemon tasks.
---@field enableECSManagedTags? boolean Specifies whether to turn on Amazon ECS managed tags for the tasks in the daemon.
---@field enableExecuteCommand? boolean If true, the execute command functionality is turned on for all tasks in the daemon.

---@class awsjobs.ecs.UpdateDaemonResponse
---@field daemonArn? string The Amazon Resource Name (ARN) of the daemon.
---@field status? awsjobs.ecs.DaemonStatus The status of the daemon.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon was created.
---@field updatedAt? awsjobs.Timestamp The Unix timestamp for the time when the daemon was last updated.
---@field deploymentArn? string The Amazon Resource Name (ARN) of the daemon deployment that was triggered by the update.

---@class awsjobs.ecs.UpdateExpressGatewayServiceRequest
---@field serviceArn string The Amazon Resource Name (ARN) of the Express service to update.
---@field executionRoleArn? string The Amazon Resource Name (ARN) of the task execution role for the Express service.
---@field healthCheckPath? string The path on the container for Application Load Balancer health checks.
---@field primaryContainer? awsjobs.ecs.ExpressGatewayContainer The primary container configuration for the Express service.
---@field taskRoleArn? string The Amazon Resource Name (ARN) of the IAM role for containers in this task.
---@field networkConfiguration? awsjobs.ecs.ExpressGatewayServiceNetworkConfiguration The network configuration for the Express service tasks.
---@field cpu? string The number of CPU units used by the task.
---@field memory? string The amount of memory (in MiB) used by the task.
---@field scalingTarget? awsjobs.ecs.ExpressGatewayScalingTarget The auto-scaling configuration for the Express service.

---@class awsjobs.ecs.UpdateExpressGatewayServiceResponse
---@field service? awsjobs.ecs.UpdatedExpressGatewayService The full description of your express gateway service following the update call.

---There's already a current Amazon ECS container agent update in progress on the container instance that's specified.
---(The members of `err.data` when `err.code` is UpdateInProgressException.)
---@class awsjobs.ecs.UpdateInProgressException
---@field message? string Message that describes the cause of the exception.

---The updated configuration for a Amazon ECS Managed Instances provider.
---@class awsjobs.ecs.UpdateManagedInstancesProviderConfiguration
---@field infrastructureRoleArn string The updated Amazon Resource Name (ARN) of the infrastructure role.
---@field instanceLaunchTemplate awsjobs.ecs.InstanceLaunchTemplateUpdate The updated launch template configuration.
---@field propagateTags? awsjobs.ecs.PropagateMITags The updated tag propagation setting.
---@field infrastructureOptimization? awsjobs.ecs.InfrastructureOptimization The updated infrastructure optimization configuration.
---@field autoRepairConfiguration? awsjobs.ecs.AutoRepairConfiguration The updated auto repair configuration for the Amazon ECS Managed Instances capacity provider.

---@class awsjobs.ecs.UpdateServicePrimaryTaskSetRequest
---@field cluster string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that the task set exists in.
---@field service string The short name or full Amazon Resource Name (ARN) of the service that the task set exists in.
---@field primaryTaskSet string The short name or full Amazon Resource Name (ARN) of the task set to set as the primary task set in the deployment.

---@class awsjobs.ecs.UpdateServicePrimaryTaskSetResponse
---@field taskSet? awsjobs.ecs.TaskSet The details about the task set.

---@class awsjobs.ecs.UpdateServiceRequest
---@field cluster? string The short name or full Amazon Resource Name (ARN) of the cluster that your service runs on.
---@field service string The name of the service to update.
---@field desiredCount? integer The number of instantiations of the task to place and keep running in your service.
---@field taskDefinition? string The family and revision (family:revision) or full ARN of the task definition to run in your service.
---@field capacityProviderStrategy? awsjobs.ecs.CapacityProviderStrategyItem[] The details of a capacity provider strategy.
---@field deploymentConfiguration? awsjobs.ecs.DeploymentConfiguration Optional deployment parameters that control how many tasks run during the deployment and the ordering of stopping and starting tasks.
---@field availabilityZoneRebalancing? awsjobs.ecs.AvailabilityZoneRebalancing Indicates whether to use Availability Zone rebalancing for the service.
---@field networkConfiguration? awsjobs.ecs.NetworkConfiguration An object representing the network configuration for the service.
---@field placementConstraints? awsjobs.ecs.PlacementConstraint[] An array of task placement constraint objects to update the service to use.
---@field placementStrategy? awsjobs.ecs.PlacementStrategy[] The task placement strategy objects to update the service to use.
---@field platformVersion? string The platform version that your tasks in the service run on.
---@field forceNewDeployment? boolean Determines whether to force a new deployment of the service.
---@field healthCheckGracePeriodSeconds? integer The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy Elastic Load Balancing, VPC Lattice, and container health checks...
---@field deploymentController? awsjobs.ecs.DeploymentController
---@field enableExecuteCommand? boolean If true, this enables execute command functionality on all task containers.
---@field enableECSManagedTags? boolean Determines whether to turn on Amazon ECS managed tags for the tasks in the service.
---@field loadBalancers? awsjobs.ecs.LoadBalancer[] Note: You must have a service-linked role when you update this property
---@field propagateTags? awsjobs.ecs.PropagateTags Determines whether to propagate the tags from the task definition or the service to the task.
---@field serviceRegistries? awsjobs.ecs.ServiceRegistry[] Note: You must have a service-linked role when you update this property. > > For more information about the role see the CreateService request parameter role.
---@field serviceConnectConfiguration? awsjobs.ecs.ServiceConnectConfiguration The configuration for this service to discover and connect to services, and be discovered by, and connected from, other services within a namespace.
---@field volumeConfigurations? awsjobs.ecs.ServiceVolumeConfiguration[] The details of the volume that was configuredAtLaunch.
---@field vpcLatticeConfigurations? awsjobs.ecs.VpcLatticeConfiguration[] An object representing the VPC Lattice configuration for the service being updated.

---@class awsjobs.ecs.UpdateServiceResponse
---@field service? awsjobs.ecs.Service The full description of your service following the update call.

---@class awsjobs.ecs.UpdateTaskProtectionRequest
---@field cluster string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that the task sets exist in.
---@field tasks string[] A list of up to 10 task IDs or full ARN entries.
---@field protectionEnabled boolean Specify true to mark a task for protection and false to unset protection, making it eligible for termination.
---@field expiresInMinutes? integer If you set protectionEnabled to true, you can specify the duration for task protection in minutes.

---@class awsjobs.ecs.UpdateTaskProtectionResponse
---@field protectedTasks? awsjobs.ecs.ProtectedTask[] A list of tasks with the following information.
---@field failures? awsjobs.ecs.Failure[] Any failures associated with the call.

---@class awsjobs.ecs.UpdateTaskSetRequest
---@field cluster string The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that the task set is found in.
---@field service string The short name or full Amazon Resource Name (ARN) of the service that the task set is found in.
---@field taskSet string The short name or full Amazon Resource Name (ARN) of the task set to update.
---@field scale awsjobs.ecs.Scale A floating-point percentage of the desired number of tasks to place and keep running in the task set.

---@class awsjobs.ecs.UpdateTaskSetResponse
---@field taskSet? awsjobs.ecs.TaskSet Details about the task set.

---An object that describes an Express service to be updated.
---@class awsjobs.ecs.UpdatedExpressGatewayService
---@field serviceArn? string The ARN of the Express service that is being updated.
---@field cluster? string The cluster associated with the Express service that is being updated.
---@field serviceName? string The name of the Express service that is being updated.
---@field status? awsjobs.ecs.ExpressGatewayServiceStatus The status of the Express service that is being updated.
---@field targetConfiguration? awsjobs.ecs.ExpressGatewayServiceConfiguration The configuration to which the current Express service is being updated to.
---@field createdAt? awsjobs.Timestamp The Unix timestamp for when the Express service that is being updated was created.
---@field updatedAt? awsjobs.Timestamp The Unix timestamp for when the Express service that is being updated was most recently updated.

---The minimum and maximum number of vCPUs for instance type selection.
---@class awsjobs.ecs.VCpuCountRangeRequest
---@field min integer The minimum number of vCPUs.
---@field max? integer The maximum number of vCPUs.

---The Docker and Amazon ECS container agent version information about a container instance.
---@class awsjobs.ecs.VersionInfo
---@field agentVersion? string The version number of the Amazon ECS container agent.
---@field agentHash? string The Git commit hash for the Amazon ECS container agent build on the amazon-ecs-agent GitHub repository.
---@field dockerVersion? string The Docker version that's running on the container instance.

---The data volume configuration for tasks launched using this task definition.
---@class awsjobs.ecs.Volume
---@field name? string The name of the volume.
---@field host? awsjobs.ecs.HostVolumeProperties This parameter is specified when you use bind mount host volumes.
---@field dockerVolumeConfiguration? awsjobs.ecs.DockerVolumeConfiguration This parameter is specified when you use Docker volumes.
---@field efsVolumeConfiguration? awsjobs.ecs.EFSVolumeConfiguration This parameter is specified when you use an Amazon Elastic File System file system for task storage.
---@field s3filesVolumeConfiguration? awsjobs.ecs.S3FilesVolumeConfiguration This parameter is specified when you use an Amazon S3 Files file system for task storage.
---@field fsxWindowsFileServerVolumeConfiguration? awsjobs.ecs.FSxWindowsFileServerVolumeConfiguration This parameter is specified when you use Amazon FSx for Windows File Server file system for task storage.
---@field configuredAtLaunch? boolean Indicates whether the volume should be configured at launch time.

---Details on a data volume from another container in the same task definition.
---@class awsjobs.ecs.VolumeFrom
---@field sourceContainer? string The name of another container within the same task definition to mount volumes from.
---@field readOnly? boolean If this value is true, the container has read-only access to the volume.

---The VPC Lattice configuration for your service that holds the information for the target group(s) Amazon ECS tasks will be registered to.
---@class awsjobs.ecs.VpcLatticeConfiguration
---@field roleArn string The ARN of the IAM role to associate with this VPC Lattice configuration.
---@field targetGroupArn string The full Amazon Resource Name (ARN) of the target group or groups associated with the VPC Lattice configuration that the Amazon ECS tasks will be registered to.
---@field portName string The name of the port mapping to register in the VPC Lattice target group.

---@class awsjobs.ecs.Client: awsjobs.Client
local ecs = {}

---Continues or rolls back an Amazon ECS service deployment that is paused at a lifecycle hook.
---@param params awsjobs.ecs.ContinueServiceDeploymentRequest
---@return awsjobs.ecs.ContinueServiceDeploymentResponse? result
---@return awsjobs.Error? err
function ecs:continueServiceDeployment(params) end

---Creates a capacity provider.
---@param params awsjobs.ecs.CreateCapacityProviderRequest
---@return awsjobs.ecs.CreateCapacityProviderResponse? result
---@return awsjobs.Error? err
function ecs:createCapacityProvider(params) end

---Creates a new Amazon ECS cluster.
---@param params? awsjobs.ecs.CreateClusterRequest
---@return awsjobs.ecs.CreateClusterResponse? result
---@return awsjobs.Error? err
function ecs:createCluster(params) end

---Creates a new daemon in the specified cluster and capacity providers.
---@param params awsjobs.ecs.CreateDaemonRequest
---@return awsjobs.ecs.CreateDaemonResponse? result
---@return awsjobs.Error? err
function ecs:createDaemon(params) end

---Creates an Express service that simplifies deploying containerized web applications on Amazon ECS with managed Amazon Web Services infrastructure.
---@param params awsjobs.ecs.CreateExpressGatewayServiceRequest
---@return awsjobs.ecs.CreateExpressGatewayServiceResponse? result
---@return awsjobs.Error? err
function ecs:createExpressGatewayService(params) end

---Runs and maintains your desired number of tasks from a specified task definition.
---@param params awsjobs.ecs.CreateServiceRequest
---@return awsjobs.ecs.CreateServiceResponse? result
---@return awsjobs.Error? err
function ecs:createService(params) end

---Create a task set in the specified cluster and service.
---@param params awsjobs.ecs.CreateTaskSetRequest
---@return awsjobs.ecs.CreateTaskSetResponse? result
---@return awsjobs.Error? err
function ecs:createTaskSet(params) end

---Disables an account setting for a specified user, role, or the root user for an account.
---@param params awsjobs.ecs.DeleteAccountSettingRequest
---@return awsjobs.ecs.DeleteAccountSettingResponse? result
---@return awsjobs.Error? err
function ecs:deleteAccountSetting(params) end

---Deletes one or more custom attributes from an Amazon ECS resource.
---@param params awsjobs.ecs.DeleteAttributesRequest
---@return awsjobs.ecs.DeleteAttributesResponse? result
---@return awsjobs.Error? err
function ecs:deleteAttributes(params) end

---Deletes the specified capacity provider.
---@param params awsjobs.ecs.DeleteCapacityProviderRequest
---@return awsjobs.ecs.DeleteCapacityProviderResponse? result
---@return awsjobs.Error? err
function ecs:deleteCapacityProvider(params) end

---Deletes the specified cluster.
---@param params awsjobs.ecs.DeleteClusterRequest
---@return awsjobs.ecs.DeleteClusterResponse? result
---@return awsjobs.Error? err
function ecs:deleteCluster(params) end

---Deletes the specified daemon.
---@param params awsjobs.ecs.DeleteDaemonRequest
---@return awsjobs.ecs.DeleteDaemonResponse? result
---@return awsjobs.Error? err
function ecs:deleteDaemon(params) end

---Deletes the specified daemon task definition.
---@param params awsjobs.ecs.DeleteDaemonTaskDefinitionRequest
---@return awsjobs.ecs.DeleteDaemonTaskDefinitionResponse? result
---@return awsjobs.Error? err
function ecs:deleteDaemonTaskDefinition(params) end

---Deletes an Express service and removes all associated Amazon Web Services resources.
---@param params awsjobs.ecs.DeleteExpressGatewayServiceRequest
---@return awsjobs.ecs.DeleteExpressGatewayServiceResponse? result
---@return awsjobs.Error? err
function ecs:deleteExpressGatewayService(params) end

---Deletes a specified service within a cluster.
---@param params awsjobs.ecs.DeleteServiceRequest
---@return awsjobs.ecs.DeleteServiceResponse? result
---@return awsjobs.Error? err
function ecs:deleteService(params) end

---Deletes one or more task definitions.
---@param params awsjobs.ecs.DeleteTaskDefinitionsRequest
---@return awsjobs.ecs.DeleteTaskDefinitionsResponse? result
---@return awsjobs.Error? err
function ecs:deleteTaskDefinitions(params) end

---Deletes a specified task set within a service.
---@param params awsjobs.ecs.DeleteTaskSetRequest
---@return awsjobs.ecs.DeleteTaskSetResponse? result
---@return awsjobs.Error? err
function ecs:deleteTaskSet(params) end

---Deregisters an Amazon ECS container instance from the specified cluster.
---@param params awsjobs.ecs.DeregisterContainerInstanceRequest
---@return awsjobs.ecs.DeregisterContainerInstanceResponse? result
---@return awsjobs.Error? err
function ecs:deregisterContainerInstance(params) end

---Deregisters the specified task definition by family and revision.
---@param params awsjobs.ecs.DeregisterTaskDefinitionRequest
---@return awsjobs.ecs.DeregisterTaskDefinitionResponse? result
---@return awsjobs.Error? err
function ecs:deregisterTaskDefinition(params) end

---Describes one or more of your capacity providers.
---@param params? awsjobs.ecs.DescribeCapacityProvidersRequest
---@return awsjobs.ecs.DescribeCapacityProvidersResponse? result
---@return awsjobs.Error? err
function ecs:describeCapacityProviders(params) end

---Describes one or more of your clusters.
---@param params? awsjobs.ecs.DescribeClustersRequest
---@return awsjobs.ecs.DescribeClustersResponse? result
---@return awsjobs.Error? err
function ecs:describeClusters(params) end

---Describes one or more container instances.
---@param params awsjobs.ecs.DescribeContainerInstancesRequest
---@return awsjobs.ecs.DescribeContainerInstancesResponse? result
---@return awsjobs.Error? err
function ecs:describeContainerInstances(params) end

---Describes the specified daemon.
---@param params awsjobs.ecs.DescribeDaemonRequest
---@return awsjobs.ecs.DescribeDaemonResponse? result
---@return awsjobs.Error? err
function ecs:describeDaemon(params) end

---Describes one or more of your daemon deployments.
---@param params awsjobs.ecs.DescribeDaemonDeploymentsRequest
---@return awsjobs.ecs.DescribeDaemonDeploymentsResponse? result
---@return awsjobs.Error? err
function ecs:describeDaemonDeployments(params) end

---Describes one or more of your daemon revisions.
---@param params awsjobs.ecs.DescribeDaemonRevisionsRequest
---@return awsjobs.ecs.DescribeDaemonRevisionsResponse? result
---@return awsjobs.Error? err
function ecs:describeDaemonRevisions(params) end

---Describes a daemon task definition.
---@param params awsjobs.ecs.DescribeDaemonTaskDefinitionRequest
---@return awsjobs.ecs.DescribeDaemonTaskDefinitionResponse? result
---@return awsjobs.Error? err
function ecs:describeDaemonTaskDefinition(params) end

---Retrieves detailed information about an Express service, including current status, configuration, managed infrastructure, and service revisions.
---@param params awsjobs.ecs.DescribeExpressGatewayServiceRequest
---@return awsjobs.ecs.DescribeExpressGatewayServiceResponse? result
---@return awsjobs.Error? err
function ecs:describeExpressGatewayService(params) end

---Describes one or more of your service deployments.
---@param params awsjobs.ecs.DescribeServiceDeploymentsRequest
---@return awsjobs.ecs.DescribeServiceDeploymentsResponse? result
---@return awsjobs.Error? err
function ecs:describeServiceDeployments(params) end

---Describes one or more service revisions.
---@param params awsjobs.ecs.DescribeServiceRevisionsRequest
---@return awsjobs.ecs.DescribeServiceRevisionsResponse? result
---@return awsjobs.Error? err
function ecs:describeServiceRevisions(params) end

---Describes the specified services running in your cluster.
---@param params awsjobs.ecs.DescribeServicesRequest
---@return awsjobs.ecs.DescribeServicesResponse? result
---@return awsjobs.Error? err
function ecs:describeServices(params) end

---Describes a task definition.
---@param params awsjobs.ecs.DescribeTaskDefinitionRequest
---@return awsjobs.ecs.DescribeTaskDefinitionResponse? result
---@return awsjobs.Error? err
function ecs:describeTaskDefinition(params) end

---Describes the task sets in the specified cluster and service.
---@param params awsjobs.ecs.DescribeTaskSetsRequest
---@return awsjobs.ecs.DescribeTaskSetsResponse? result
---@return awsjobs.Error? err
function ecs:describeTaskSets(params) end

---Describes a specified task or tasks.
---@param params awsjobs.ecs.DescribeTasksRequest
---@return awsjobs.ecs.DescribeTasksResponse? result
---@return awsjobs.Error? err
function ecs:describeTasks(params) end

---Note: This action is only used by the Amazon ECS agent, and it is not intended for use outside of the agent.
---@param params? awsjobs.ecs.DiscoverPollEndpointRequest
---@return awsjobs.ecs.DiscoverPollEndpointResponse? result
---@return awsjobs.Error? err
function ecs:discoverPollEndpoint(params) end

---Runs a command remotely on a container within a task.
---@param params awsjobs.ecs.ExecuteCommandRequest
---@return awsjobs.ecs.ExecuteCommandResponse? result
---@return awsjobs.Error? err
function ecs:executeCommand(params) end

---Retrieves the protection status of tasks in an Amazon ECS service.
---@param params awsjobs.ecs.GetTaskProtectionRequest
---@return awsjobs.ecs.GetTaskProtectionResponse? result
---@return awsjobs.Error? err
function ecs:getTaskProtection(params) end

---Lists the account settings for a specified principal.
---@param params? awsjobs.ecs.ListAccountSettingsRequest
---@return awsjobs.ecs.ListAccountSettingsResponse? result
---@return awsjobs.Error? err
function ecs:listAccountSettings(params) end

---Lists the attributes for Amazon ECS resources within a specified target type and cluster.
---@param params awsjobs.ecs.ListAttributesRequest
---@return awsjobs.ecs.ListAttributesResponse? result
---@return awsjobs.Error? err
function ecs:listAttributes(params) end

---Returns a list of existing clusters.
---@param params? awsjobs.ecs.ListClustersRequest
---@return awsjobs.ecs.ListClustersResponse? result
---@return awsjobs.Error? err
function ecs:listClusters(params) end

---Returns a list of container instances in a specified cluster.
---@param params? awsjobs.ecs.ListContainerInstancesRequest
---@return awsjobs.ecs.ListContainerInstancesResponse? result
---@return awsjobs.Error? err
function ecs:listContainerInstances(params) end

---Returns a list of daemon deployments for a specified daemon.
---@param params awsjobs.ecs.ListDaemonDeploymentsRequest
---@return awsjobs.ecs.ListDaemonDeploymentsResponse? result
---@return awsjobs.Error? err
function ecs:listDaemonDeployments(params) end

---Returns a list of daemon task definitions that are registered to your account.
---@param params? awsjobs.ecs.ListDaemonTaskDefinitionsRequest
---@return awsjobs.ecs.ListDaemonTaskDefinitionsResponse? result
---@return awsjobs.Error? err
function ecs:listDaemonTaskDefinitions(params) end

---Returns a list of daemons.
---@param params? awsjobs.ecs.ListDaemonsRequest
---@return awsjobs.ecs.ListDaemonsResponse? result
---@return awsjobs.Error? err
function ecs:listDaemons(params) end

---This operation lists all the service deployments that meet the specified filter criteria.
---@param params awsjobs.ecs.ListServiceDeploymentsRequest
---@return awsjobs.ecs.ListServiceDeploymentsResponse? result
---@return awsjobs.Error? err
function ecs:listServiceDeployments(params) end

---Returns a list of services.
---@param params? awsjobs.ecs.ListServicesRequest
---@return awsjobs.ecs.ListServicesResponse? result
---@return awsjobs.Error? err
function ecs:listServices(params) end

---This operation lists all of the services that are associated with a Cloud Map namespace.
---@param params awsjobs.ecs.ListServicesByNamespaceRequest
---@return awsjobs.ecs.ListServicesByNamespaceResponse? result
---@return awsjobs.Error? err
function ecs:listServicesByNamespace(params) end

---List the tags for an Amazon ECS resource.
---@param params awsjobs.ecs.ListTagsForResourceRequest
---@return awsjobs.ecs.ListTagsForResourceResponse? result
---@return awsjobs.Error? err
function ecs:listTagsForResource(params) end

---Returns a list of task definition families that are registered to your account.
---@param params? awsjobs.ecs.ListTaskDefinitionFamiliesRequest
---@return awsjobs.ecs.ListTaskDefinitionFamiliesResponse? result
---@return awsjobs.Error? err
function ecs:listTaskDefinitionFamilies(params) end

---Returns a list of task definitions that are registered to your account.
---@param params? awsjobs.ecs.ListTaskDefinitionsRequest
---@return awsjobs.ecs.ListTaskDefinitionsResponse? result
---@return awsjobs.Error? err
function ecs:listTaskDefinitions(params) end

---Returns a list of tasks.
---@param params? awsjobs.ecs.ListTasksRequest
---@return awsjobs.ecs.ListTasksResponse? result
---@return awsjobs.Error? err
function ecs:listTasks(params) end

---Modifies an account setting.
---@param params awsjobs.ecs.PutAccountSettingRequest
---@return awsjobs.ecs.PutAccountSettingResponse? result
---@return awsjobs.Error? err
function ecs:putAccountSetting(params) end

---Modifies an account setting for all users on an account for whom no individual account setting has been specified.
---@param params awsjobs.ecs.PutAccountSettingDefaultRequest
---@return awsjobs.ecs.PutAccountSettingDefaultResponse? result
---@return awsjobs.Error? err
function ecs:putAccountSettingDefault(params) end

---Create or update an attribute on an Amazon ECS resource.
---@param params awsjobs.ecs.PutAttributesRequest
---@return awsjobs.ecs.PutAttributesResponse? result
---@return awsjobs.Error? err
function ecs:putAttributes(params) end

---Modifies the available capacity providers and the default capacity provider strategy for a cluster.
---@param params awsjobs.ecs.PutClusterCapacityProvidersRequest
---@return awsjobs.ecs.PutClusterCapacityProvidersResponse? result
---@return awsjobs.Error? err
function ecs:putClusterCapacityProviders(params) end

---Note: This action is only used by the Amazon ECS agent, and it is not intended for use outside of the agent.
---@param params? awsjobs.ecs.RegisterContainerInstanceRequest
---@return awsjobs.ecs.RegisterContainerInstanceResponse? result
---@return awsjobs.Error? err
function ecs:registerContainerInstance(params) end

---Registers a new daemon task definition from the supplied family and containerDefinitions.
---@param params awsjobs.ecs.RegisterDaemonTaskDefinitionRequest
---@return awsjobs.ecs.RegisterDaemonTaskDefinitionResponse? result
---@return awsjobs.Error? err
function ecs:registerDaemonTaskDefinition(params) end

---Registers a new task definition from the supplied family and containerDefinitions.
---@param params awsjobs.ecs.RegisterTaskDefinitionRequest
---@return awsjobs.ecs.RegisterTaskDefinitionResponse? result
---@return awsjobs.Error? err
function ecs:registerTaskDefinition(params) end

---Starts a new task using the specified task definition.
---@param params awsjobs.ecs.RunTaskRequest
---@return awsjobs.ecs.RunTaskResponse? result
---@return awsjobs.Error? err
function ecs:runTask(params) end

---Starts a new task from the specified task definition on the specified container instance or instances.
---@param params awsjobs.ecs.StartTaskRequest
---@return awsjobs.ecs.StartTaskResponse? result
---@return awsjobs.Error? err
function ecs:startTask(params) end

---Stops an ongoing service deployment.
---@param params awsjobs.ecs.StopServiceDeploymentRequest
---@return awsjobs.ecs.StopServiceDeploymentResponse? result
---@return awsjobs.Error? err
function ecs:stopServiceDeployment(params) end

---Stops a running task.
---@param params awsjobs.ecs.StopTaskRequest
---@return awsjobs.ecs.StopTaskResponse? result
---@return awsjobs.Error? err
function ecs:stopTask(params) end

---Note: This action is only used by the Amazon ECS agent, and it is not intended for use outside of the agent.
---@param params awsjobs.ecs.SubmitAttachmentStateChangesRequest
---@return awsjobs.ecs.SubmitAttachmentStateChangesResponse? result
---@return awsjobs.Error? err
function ecs:submitAttachmentStateChanges(params) end

---Note: This action is only used by the Amazon ECS agent, and it is not intended for use outside of the agent.
---@param params? awsjobs.ecs.SubmitContainerStateChangeRequest
---@return awsjobs.ecs.SubmitContainerStateChangeResponse? result
---@return awsjobs.Error? err
function ecs:submitContainerStateChange(params) end

---Note: This action is only used by the Amazon ECS agent, and it is not intended for use outside of the agent.
---@param params? awsjobs.ecs.SubmitTaskStateChangeRequest
---@return awsjobs.ecs.SubmitTaskStateChangeResponse? result
---@return awsjobs.Error? err
function ecs:submitTaskStateChange(params) end

---Associates the specified tags to a resource with the specified resourceArn.
---@param params awsjobs.ecs.TagResourceRequest
---@return awsjobs.ecs.TagResourceResponse? result
---@return awsjobs.Error? err
function ecs:tagResource(params) end

---Deletes specified tags from a resource.
---@param params awsjobs.ecs.UntagResourceRequest
---@return awsjobs.ecs.UntagResourceResponse? result
---@return awsjobs.Error? err
function ecs:untagResource(params) end

---Modifies the parameters for a capacity provider.
---@param params awsjobs.ecs.UpdateCapacityProviderRequest
---@return awsjobs.ecs.UpdateCapacityProviderResponse? result
---@return awsjobs.Error? err
function ecs:updateCapacityProvider(params) end

---Updates the cluster.
---@param params awsjobs.ecs.UpdateClusterRequest
---@return awsjobs.ecs.UpdateClusterResponse? result
---@return awsjobs.Error? err
function ecs:updateCluster(params) end

---Modifies the settings to use for a cluster.
---@param params awsjobs.ecs.UpdateClusterSettingsRequest
---@return awsjobs.ecs.UpdateClusterSettingsResponse? result
---@return awsjobs.Error? err
function ecs:updateClusterSettings(params) end

---Updates the Amazon ECS container agent on a specified container instance.
---@param params awsjobs.ecs.UpdateContainerAgentRequest
---@return awsjobs.ecs.UpdateContainerAgentResponse? result
---@return awsjobs.Error? err
function ecs:updateContainerAgent(params) end

---Modifies the status of an Amazon ECS container instance.
---@param params awsjobs.ecs.UpdateContainerInstancesStateRequest
---@return awsjobs.ecs.UpdateContainerInstancesStateResponse? result
---@return awsjobs.Error? err
function ecs:updateContainerInstancesState(params) end

---Updates the specified daemon.
---@param params awsjobs.ecs.UpdateDaemonRequest
---@return awsjobs.ecs.UpdateDaemonResponse? result
---@return awsjobs.Error? err
function ecs:updateDaemon(params) end

---Updates an existing Express service configuration.
---@param params awsjobs.ecs.UpdateExpressGatewayServiceRequest
---@return awsjobs.ecs.UpdateExpressGatewayServiceResponse? result
---@return awsjobs.Error? err
function ecs:updateExpressGatewayService(params) end

---Modifies the parameters of a service.
---@param params awsjobs.ecs.UpdateServiceRequest
---@return awsjobs.ecs.UpdateServiceResponse? result
---@return awsjobs.Error? err
function ecs:updateService(params) end

---Modifies which task set in a service is the primary task set.
---@param params awsjobs.ecs.UpdateServicePrimaryTaskSetRequest
---@return awsjobs.ecs.UpdateServicePrimaryTaskSetResponse? result
---@return awsjobs.Error? err
function ecs:updateServicePrimaryTaskSet(params) end

---Updates the protection status of a task.
---@param params awsjobs.ecs.UpdateTaskProtectionRequest
---@return awsjobs.ecs.UpdateTaskProtectionResponse? result
---@return awsjobs.Error? err
function ecs:updateTaskProtection(params) end

---Modifies a task set.
---@param params awsjobs.ecs.UpdateTaskSetRequest
---@return awsjobs.ecs.UpdateTaskSetResponse? result
---@return awsjobs.Error? err
function ecs:updateTaskSet(params) end

---Calls an operation by name.
---@param operation awsjobs.ecs.Operation
---@param params? table
---@return table? result
---@return awsjobs.Error? err
function ecs:call(operation, params) end

---Polls until the waiter's success state (or fails with err.kind "waiter").
---@param name awsjobs.ecs.Waiter
---@param params? table
---@param opts? awsjobs.WaiterOptions
---@return table? result
---@return awsjobs.Error? err
function ecs:waitUntil(name, params, opts) end

---Iterates over the pages of a paginated operation; a failed page is false, err.
---@param operation awsjobs.ecs.Paginated
---@param params? table
---@return fun(): (table|false|nil), awsjobs.Error?
function ecs:pages(operation, params) end

---The result list of every page joined (a table of lists where there are several keys).
---@param operation awsjobs.ecs.Paginated
---@param params? table
---@return table? items
---@return awsjobs.Error? err
function ecs:all(operation, params) end
