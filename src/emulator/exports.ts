/** Export of an image to a bucket as an asynchronous task (IMS extension). */
import type { ExportImageRequest, ExportTask } from '../api/schemas';
import { ApiError } from './api-error';
import type { RequestContext } from './context';
import { apiTime, randomHex } from './ids';
import { ownCustomImage } from './lookup';
import type { ExportTaskRecord } from './model';

export function exportImage(ctx: RequestContext, imageId: string, body: ExportImageRequest): { taskId: string } {
  const image = ownCustomImage(ctx, imageId, 'AccessDenied', 'export');
  if (image.status !== 'Available') {
    throw new ApiError('Image.ImageStatusForbidden', `image ${imageId} is ${image.status}; only Available images can be exported`);
  }
  if (image.encryptKey !== '') {
    throw new ApiError('Image.ImageStatusForbidden', `image ${imageId} is encrypted; encrypted images cannot be exported (replicate it unencrypted first)`);
  }
  const task: ExportTaskRecord = {
    taskId: `task-${randomHex(16)}`, accountId: ctx.account.id, region: ctx.region, imageId, bosUrl: body.bosUrl,
    format: body.format, status: 'Running', objectUrl: '', failReason: '', createTime: apiTime(ctx.now),
    startMs: ctx.now, dueMs: ctx.now + ctx.delays.exportDelayMs,
  };
  ctx.state.put('task', task);
  return { taskId: task.taskId };
}

/** Where a finished export lands: `{bosUrl}/{imageId}.{format}`. */
export function exportObjectUrl(task: ExportTaskRecord): string {
  return `${task.bosUrl.replace(/\/+$/, '')}/${task.imageId}.${task.format}`;
}

export function getTask(ctx: RequestContext, taskId: string): { task: ExportTask } {
  const task = ctx.state.get('task', taskId);
  if (!task || task.accountId !== ctx.account.id || task.region !== ctx.region) {
    throw new ApiError('Image.TaskNotExist', `taskId: task ${taskId} does not exist in region ${ctx.region}`);
  }
  const span = task.dueMs - task.startMs;
  const progress = task.status === 'Running' ? (span <= 0 ? 99 : Math.min(99, Math.floor(((ctx.now - task.startMs) / span) * 100))) : 100;
  return {
    task: {
      taskId: task.taskId, imageId: task.imageId, bosUrl: task.bosUrl, format: task.format, status: task.status,
      progress, objectUrl: task.objectUrl, failReason: task.failReason, createTime: task.createTime,
    },
  };
}
