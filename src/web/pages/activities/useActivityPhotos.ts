import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  deletePhoto,
  listPhotos,
  type PhotoUpload,
  updatePhotoCaption,
  uploadPhotos,
} from '../../api/activityPhotos';

// Under ['activities', …] so a change also refreshes the detail's photo count.
const photosKey = (activityId: string) => ['activities', 'photos', activityId];

export const useActivityPhotos = (activityId: string) =>
  useQuery({ queryKey: photosKey(activityId), queryFn: () => listPhotos(activityId) });

const useInvalidatePhotos = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['activities'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
};

export const useUploadPhotos = (activityId: string, onProgress: (percent: number) => void) => {
  const invalidate = useInvalidatePhotos();
  return useMutation({
    mutationFn: (upload: PhotoUpload) => uploadPhotos(activityId, upload, onProgress),
    onSuccess: invalidate,
  });
};

export const useUpdatePhotoCaption = (activityId: string) => {
  const invalidate = useInvalidatePhotos();
  return useMutation({
    mutationFn: ({ photoId, caption }: { photoId: string; caption: string }) =>
      updatePhotoCaption(activityId, photoId, caption),
    onSuccess: invalidate,
  });
};

export const useDeletePhoto = (activityId: string) => {
  const invalidate = useInvalidatePhotos();
  return useMutation({
    mutationFn: (photoId: string) => deletePhoto(activityId, photoId),
    onSuccess: invalidate,
  });
};
