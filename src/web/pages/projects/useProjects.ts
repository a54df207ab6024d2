import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createProject,
  listProjects,
  type ProjectCreateInput,
  type ProjectListQuery,
  type ProjectUpdateInput,
  updateProject,
} from '../../api/projects';

export const useProjectList = (query: ProjectListQuery, enabled = true) =>
  useQuery({
    queryKey: ['projects', 'list', query],
    queryFn: () => listProjects(query),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useSaveProject = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      save: { id: null; input: ProjectCreateInput } | { id: string; input: ProjectUpdateInput },
    ) => (save.id ? updateProject(save.id, save.input) : createProject(save.input)),
    // Activities and figures show project names.
    onSuccess: () =>
      Promise.all(
        ['projects', 'activities', 'service-figures', 'audit'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
};
