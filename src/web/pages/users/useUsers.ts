import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addMembership,
  createUser,
  getUser,
  listUsers,
  removeMembership,
  resetUserPassword,
  type UserListQuery,
  updateUser,
} from '../../api/users';

export const useUserList = (query: UserListQuery) =>
  useQuery({
    queryKey: ['users', 'list', query],
    queryFn: () => listUsers(query),
    placeholderData: keepPreviousData,
  });

export const useUser = (id: string | null) =>
  useQuery({ queryKey: ['users', 'detail', id], queryFn: () => getUser(id!), enabled: id !== null });

// Every user change shows up in the lists, the detail and the audit log.
const useInvalidateUsers = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['users'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
};

export const useCreateUser = () => {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: createUser, onSuccess: invalidate });
};

export const useUpdateUser = () => {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, ...input }: { id: string; name?: string; mobile?: string; banned?: boolean }) =>
      updateUser(id, input),
    onSuccess: invalidate,
  });
};

export const useResetPassword = () => {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      resetUserPassword(id, newPassword),
    onSuccess: invalidate,
  });
};

export const useAddMembership = () => {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: addMembership, onSuccess: invalidate });
};

export const useRemoveMembership = () => {
  const invalidate = useInvalidateUsers();
  return useMutation({ mutationFn: removeMembership, onSuccess: invalidate });
};
